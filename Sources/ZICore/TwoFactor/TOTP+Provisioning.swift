import Foundation

extension TOTP {
    /// The `otpauth://` URI authenticator apps read (usually from a QR code), labelled
    /// `SIZI:<account>` with issuer SIZI, e.g.
    /// `otpauth://totp/SIZI:budi.santoso?secret=…&issuer=SIZI&algorithm=SHA1&digits=6&period=30`.
    public func provisioningURI(account: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
        return "otpauth://totp/\(encode(Self.issuer)):\(encode(account))?secret=\(secret.base32)"
            + "&issuer=\(encode(Self.issuer))&algorithm=SHA1&digits=\(digits)&period=\(period)"
    }
}
