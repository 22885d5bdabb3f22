import Crypto

/// The random 256-bit key one report's content, messages and attachments are encrypted under
/// (ChaCha20-Poly1305). It is never stored as is: only wrapped in the report's ``ReportKeyring``.
public struct ReportKey {
    /// The key itself.
    let key: SymmetricKey

    /// A new random key, one per report.
    public static func generate() -> ReportKey {
        ReportKey(key: SymmetricKey(size: .bits256))
    }
}
