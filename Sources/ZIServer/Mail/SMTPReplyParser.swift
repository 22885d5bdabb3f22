import NIOCore

/// Cuts a stream of bytes into `SMTPReply` values, refusing replies bigger than 100 lines of 1000 bytes.
struct SMTPReplyParser {
    /// Most lines in one reply.
    static let maximumLineCount = 100
    /// Most bytes in one line, CRLF included.
    static let maximumLineLength = 1000

    private var buffer = ByteBuffer()
    private var pendingLines: [String] = []
    private var pendingCode: Int?

    /// Whether bytes or lines of an unfinished reply are waiting.
    var hasPendingInput: Bool { buffer.readableBytes > 0 || !pendingLines.isEmpty }

    /// Adds bytes received from the server.
    mutating func append(_ bytes: ByteBuffer) {
        var bytes = bytes
        buffer.discardReadBytes()
        buffer.writeBuffer(&bytes)
    }

    /// Returns the next complete reply, or nil when more bytes are needed.
    /// - Throws: `MailError.protocolViolation` for malformed or oversized replies.
    mutating func nextReply() throws -> SMTPReply? {
        while let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let length = newline - buffer.readableBytesView.startIndex + 1
            guard length <= Self.maximumLineLength, var line = buffer.readBytes(length: length) else {
                throw MailError.protocolViolation("reply line longer than \(Self.maximumLineLength) bytes")
            }
            line.removeLast()
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if let reply = try consume(line) { return reply }
        }
        guard buffer.readableBytes < Self.maximumLineLength else {
            throw MailError.protocolViolation("reply line longer than \(Self.maximumLineLength) bytes")
        }
        return nil
    }

    /// Takes one line without its line break; returns the reply it completes, if any.
    private mutating func consume(_ line: [UInt8]) throws -> SMTPReply? {
        let digits = line.prefix(3)
        guard digits.count == 3, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let code = Int(String(decoding: digits, as: UTF8.self)), (200...599).contains(code)
        else {
            throw MailError.protocolViolation("reply line does not start with a code between 200 and 599")
        }
        guard pendingCode == nil || pendingCode == code else {
            throw MailError.protocolViolation("multi-line reply changes its code from \(pendingCode ?? 0) to \(code)")
        }
        let separator = line.count > 3 ? line[3] : UInt8(ascii: " ")
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else {
            throw MailError.protocolViolation("reply code \(code) is followed by neither a space nor a hyphen")
        }
        guard pendingLines.count < Self.maximumLineCount else {
            throw MailError.protocolViolation("reply longer than \(Self.maximumLineCount) lines")
        }
        pendingLines.append(Self.printable(line.dropFirst(4)))
        if separator == UInt8(ascii: "-") {
            pendingCode = code
            return nil
        }
        let reply = SMTPReply(code: code, lines: pendingLines)
        pendingLines = []
        pendingCode = nil
        return reply
    }

    /// Decodes UTF-8 leniently and replaces control characters, so reply text is safe in logs and error messages.
    private static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        String(
            String.UnicodeScalarView(
                String(decoding: bytes, as: UTF8.self).unicodeScalars.map { scalar in
                    scalar.properties.generalCategory == .control ? "?" : scalar
                }))
    }
}
