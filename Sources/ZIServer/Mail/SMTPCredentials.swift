import Foundation

/// A user name and password for SMTP AUTH, with their encoded forms and a way to keep them out of error messages.
struct SMTPCredentials: Sendable {
    /// The user name.
    let username: String
    /// The password.
    let password: String

    /// The AUTH PLAIN initial response: base64 of NUL, user name, NUL, password (RFC 4616).
    var plainResponse: String { Self.base64("\u{0}\(username)\u{0}\(password)") }
    /// The AUTH LOGIN answer to the user-name challenge.
    var loginUsername: String { Self.base64(username) }
    /// The AUTH LOGIN answer to the password challenge.
    var loginPassword: String { Self.base64(password) }

    /// `text` with the password and every encoded form of it replaced by "***", for server text that ends up in an error.
    func redacted(_ text: String) -> String {
        [plainResponse, loginPassword, password].filter { !$0.isEmpty }.sorted { $0.count > $1.count }.reduce(text) {
            $0.replacingOccurrences(of: $1, with: "***")
        }
    }

    private static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
