import Foundation

/// A plain-text e-mail to one recipient.
public struct MailMessage: Sendable, Hashable {
    /// The sender, used for the From header and the SMTP envelope (MAIL FROM).
    public var from: MailAddress
    /// The recipient, used for the To header and the SMTP envelope (RCPT TO).
    public var to: MailAddress
    /// The subject line; any text without CR or LF.
    public var subject: String
    /// The body as plain text; line breaks are sent as CRLF.
    public var textBody: String
    /// When it was written (its Date header): the caller's clock, as this module reads none.
    public var date: Date

    /// Creates a message.
    public init(from: MailAddress, to: MailAddress, subject: String, textBody: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.textBody = textBody
        self.date = date
    }

    /// Renders the message as RFC 5322 text: 7-bit clean, CRLF line endings, a base64 UTF-8 body in 76-character lines.
    ///
    /// - Parameters:
    ///   - date: The value of the Date header, written in UTC.
    ///   - messageID: The Message-ID without angle brackets, shaped like an address (`unique@domain`).
    /// - Throws: `MailError.invalidHeader` when the subject contains CR or LF or the message id is malformed.
    public func rendered(date: Date, messageID: String) throws -> String {
        if subject.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw MailError.invalidHeader("subject contains a line break")
        }
        try MailAddress.validate(address: messageID)
        let headers = [
            "Date: " + Self.rfc5322Date(date),
            HeaderEncoding.fold(headerName: "From", words: from.headerWords(headerName: "From")),
            HeaderEncoding.fold(headerName: "To", words: to.headerWords(headerName: "To")),
            HeaderEncoding.fold(headerName: "Subject", words: HeaderEncoding.unstructuredWords(subject, headerName: "Subject")),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        return (headers + [""] + Self.base64Lines(Self.canonicalLineBreaks(textBody))).map { $0 + "\r\n" }.joined()
    }

    /// A new globally unique Message-ID, a random UUID at the sender's domain.
    func makeMessageID() -> String {
        "\(UUID().uuidString.lowercased())@\(from.domain)"
    }

    /// Formats `date` as an RFC 5322 date-time in UTC, e.g. `Tue, 05 Mar 2024 07:04:09 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func twoDigits(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(weekdays[((parts.weekday ?? 1) - 1) % 7]), \(twoDigits(parts.day)) \(months[((parts.month ?? 1) - 1) % 12]) "
            + "\(parts.year ?? 1970) \(twoDigits(parts.hour)):\(twoDigits(parts.minute)):\(twoDigits(parts.second)) +0000"
    }

    /// Turns every line break (LF, CR or CRLF) into CRLF, the canonical form of text before base64 encoding (RFC 2045 §6.8).
    static func canonicalLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// The base64 encoding of the UTF-8 `text`, cut into lines of 76 characters (RFC 2045 §6.8).
    static func base64Lines(_ text: String) -> [String] {
        let encoded = Array(Data(text.utf8).base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
        }
    }
}
