/// The extensions a server announced in its EHLO reply (RFC 5321 §4.1.1.1).
struct SMTPCapabilities: Sendable, Hashable {
    /// Whether STARTTLS (RFC 3207) is offered.
    let supportsStartTLS: Bool
    /// The SASL mechanisms offered with AUTH (RFC 4954), upper-cased.
    let authMechanisms: Set<String>

    /// Reads the capability lines of an EHLO reply; the first line is the server's greeting and is skipped.
    init(ehloReply: SMTPReply) {
        var startTLS = false
        var mechanisms: Set<String> = []
        for line in ehloReply.lines.dropFirst() {
            let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            switch words.first {
            case "STARTTLS":
                startTLS = true
            case "AUTH":
                mechanisms.formUnion(words.dropFirst())
            default:
                break
            }
        }
        supportsStartTLS = startTLS
        authMechanisms = mechanisms
    }
}
