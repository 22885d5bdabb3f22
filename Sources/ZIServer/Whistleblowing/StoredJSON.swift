import Foundation

/// Codable values of the cryptographic core (keyrings, sealed keys, the receipt recipe) as the
/// JSON bytes stored in a column; a value that does not decode is damaged data.
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw WBSError.damaged
        }
    }
}
