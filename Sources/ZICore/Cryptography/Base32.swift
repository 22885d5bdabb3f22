import Foundation

/// RFC 4648 base32 without padding: the alphabet authenticator apps read and recovery codes use.
enum Base32 {
    /// The 32 symbols, in value order.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// `data` as upper-case base32, without `=` padding.
    static func encode(_ data: Data) -> String {
        var text = ""
        var buffer = 0
        var bits = 0
        for byte in data {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                text.append(alphabet[(buffer >> bits) & 31])
            }
            buffer &= (1 << bits) - 1
        }
        if bits > 0 { text.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return text
    }

    /// The bytes of upper-case, unpadded base32 text; nil when a character is not in the alphabet.
    /// Trailing bits that do not fill a byte are dropped.
    static func decode(_ text: String) -> Data? {
        var data = Data()
        var buffer = 0
        var bits = 0
        for character in text {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                bits -= 8
                data.append(UInt8((buffer >> bits) & 0xFF))
                buffer &= (1 << bits) - 1
            }
        }
        return data
    }
}
