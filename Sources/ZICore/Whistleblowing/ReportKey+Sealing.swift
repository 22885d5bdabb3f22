import Foundation

extension ReportKey {
    /// `content` as JSON, encrypted under this key with a fresh random nonce: sealing the same
    /// content twice gives different ciphertexts. The result is what the server stores.
    public func seal<Content: SealableReportContent>(_ content: Content) throws(WhistleblowingError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let json = try? encoder.encode(content) else { throw .encryptionFailed }
        return try AuthenticatedEncryption.seal(json, using: key, label: Content.sealingLabel)
    }

    /// The content sealed by ``seal(_:)``; fails when the ciphertext was altered, belongs to another
    /// report or holds another kind of content.
    public func open<Content: SealableReportContent>(_ type: Content.Type, from sealed: Data) throws(WhistleblowingError) -> Content {
        guard let json = AuthenticatedEncryption.open(sealed, using: key, label: Content.sealingLabel),
            let content = try? JSONDecoder().decode(type, from: json)
        else { throw .damagedCiphertext }
        return content
    }
}
