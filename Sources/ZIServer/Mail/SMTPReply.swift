/// One complete SMTP reply: a three-digit code and the text of each of its lines (RFC 5321 §4.2).
struct SMTPReply: Sendable, Hashable {
    /// The reply code, 200 to 599.
    let code: Int
    /// The text after the code on each line, control characters replaced by "?".
    let lines: [String]

    /// All lines joined by spaces, for error messages.
    var text: String { lines.joined(separator: " ") }
}
