import Fluent
import Foundation

/// A login session, stored in the database so that any SIZI instance can serve any request.
///
/// Only the SHA-256 of the token is stored: a copy of the database does not give
/// anyone a working session.
final class Session: Model, @unchecked Sendable {
    static let schema = "sessions"

    /// How the token travels: a browser cookie or an API bearer token.
    enum Kind: String, Codable, Sendable {
        case web, api
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    @Enum(key: "kind") var kind: Kind
    /// The per-session token that web forms must send back (CSRF protection).
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// When a request last used the session (kept to the minute); an idle session ends.
    @OptionalField(key: "last_seen_at") var lastSeenAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID, kind: Kind, csrfToken: String, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.kind = kind
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
        self.lastSeenAt = AppClock.current.now()
    }
}
