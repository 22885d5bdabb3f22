import Crypto
import Foundation

/// One-time codes a staff member keeps on paper for when the authenticator is lost: ten codes of
/// 50 random bits, shown once as `ABCDE-FGHIJ`. Only their SHA-256 is stored; each works once.
public enum BackupCodes {
    /// How many codes one enrolment gives.
    public static let count = 10

    /// Fresh codes, as shown to the person.
    public static func generate() -> [String] {
        (0..<count).map { _ in
            let text = String(Base32.encode(SecureRandom.bytes(7)).prefix(10))
            return TypedCode.grouped(text, size: 5, separator: "-")
        }
    }

    /// What is stored for a code (or compared with a typed one): case, spaces and dashes do not matter.
    public static func digest(_ typed: String) -> String {
        let normalized = TypedCode.withoutSeparators(typed).uppercased()
        return SHA256.hash(data: Data(normalized.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
