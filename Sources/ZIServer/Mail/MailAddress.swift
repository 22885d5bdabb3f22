/// An e-mail address with an optional display name, validated so it can never break out of a header line or an SMTP command.
public struct MailAddress: Sendable, Hashable {
    /// The longest address accepted, in bytes (RFC 5321 §4.5.3.1.3 path limit minus the angle brackets).
    static let maximumLength = 254

    /// The bare address, `local@domain`.
    public let address: String
    /// The human-readable name shown by mail clients, if any.
    public let displayName: String?

    /// Creates an address after checking it.
    ///
    /// The address must contain exactly one "@" with text on both sides, be printable ASCII without whitespace,
    /// "<" or ">", and be at most 254 bytes long. The display name may be any text without CR or LF.
    /// - Throws: `MailError.invalidHeader` when either part is unsafe.
    public init(_ address: String, displayName: String? = nil) throws {
        try Self.validate(address: address)
        if let displayName, displayName.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw MailError.invalidHeader("display name contains a line break")
        }
        self.address = address
        self.displayName = displayName?.isEmpty == true ? nil : displayName
    }

    /// The part after the "@".
    var domain: String {
        String(address[address.index(after: address.lastIndex(of: "@") ?? address.startIndex)...])
    }

    /// Checks the rules described on `init(_:displayName:)`.
    static func validate(address: String) throws {
        let bytes = Array(address.utf8)
        guard bytes.count <= maximumLength else {
            throw MailError.invalidHeader("address longer than \(maximumLength) bytes")
        }
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") }) else {
            throw MailError.invalidHeader("address contains whitespace, control, non-ASCII or angle-bracket characters")
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw MailError.invalidHeader("address must contain exactly one \"@\" between a local part and a domain")
        }
    }

    /// The address as header words: the display name (quoted, or RFC 2047 encoded) followed by `<address>`.
    func headerWords(headerName: String) -> [String] {
        guard let displayName else { return ["<\(address)>"] }
        return HeaderEncoding.phraseWords(displayName, headerName: headerName) + ["<\(address)>"]
    }
}
