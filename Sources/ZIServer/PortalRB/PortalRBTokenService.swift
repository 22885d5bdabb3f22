import Fluent
import Vapor

/// The tokens an agency admin makes for PortalRB: shown once, stored as SHA-256, scoped to the
/// agency, valid until they expire or are revoked; creation and revocation audited.
enum PortalRBTokenService {
    /// Every token starts so, to tell it from a session token at a glance.
    static let tokenPrefix = "prb_"
    static let validDays = 1...366
    static let defaultDays = 90

    /// `{name, expiresInDays}`.
    struct Input: Content, Sendable {
        var name: String?
        var expiresInDays: Int?
    }

    /// A token as listed: never the token itself.
    struct Listed: Content, Sendable {
        let id: UUID
        let name: String
        let prefix: String
        let createdBy: String
        let createdAt: Date?
        let expiresAt: Date
        let revokedAt: Date?
        let revokedBy: String?
        /// `active`, `expired` or `revoked`.
        let state: String
        let lastUsedAt: Date?

        init(_ token: PortalRBToken, now: Date, lastUsedAt: Date?) {
            id = token.id!
            name = token.name
            prefix = token.prefix
            createdBy = token.createdBy
            createdAt = token.createdAt
            expiresAt = token.expiresAt
            revokedAt = token.revokedAt
            revokedBy = token.revokedBy
            state = token.revokedAt != nil ? "revoked" : token.expiresAt <= now ? "expired" : "active"
            self.lastUsedAt = lastUsedAt
        }
    }

    /// A new token: the only time `token` is shown.
    struct Created: Content, Sendable {
        let token: String
        let listed: Listed
    }

    static func create(
        _ input: Input, instansi: Instansi, now: Date, by actor: AuditActor, on db: any Database
    ) async throws -> Created {
        var v = Validator()
        let name = v.required("name", input.name, max: 100)
        let days = input.expiresInDays ?? defaultDays
        if !validDays.contains(days) { v.add("expiresInDays", "validation.number_range", ["1", "366"]) }
        try v.check()
        let secret = tokenPrefix + Tokens.random()
        let token = PortalRBToken()
        token.$instansi.id = instansi.id!
        token.name = name!
        token.tokenHash = Tokens.hash(secret)
        token.prefix = String(secret.prefix(tokenPrefix.count + 6))
        token.createdBy = actor.name
        token.expiresAt = now.addingTimeInterval(TimeInterval(days) * 86_400)
        try await token.create(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "portalrb_token", entityID: token.id?.uuidString, action: "create", instansiID: instansi.id,
                after: ["name": token.name, "prefix": token.prefix, "expiresAt": ISO8601DateFormatter().string(from: token.expiresAt)]),
            by: actor, on: db)
        return Created(token: secret, listed: Listed(token, now: now, lastUsedAt: nil))
    }

    static func revoke(_ token: PortalRBToken, now: Date, by actor: AuditActor, on db: any Database) async throws {
        guard token.revokedAt == nil else { return }
        token.revokedAt = now
        token.revokedBy = actor.name
        try await token.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "portalrb_token", entityID: token.id?.uuidString, action: "revoke", instansiID: token.$instansi.id,
                after: ["name": token.name, "prefix": token.prefix]), by: actor, on: db)
    }

    /// The agency's tokens, newest first, with when each was last used.
    static func list(instansiID: UUID, now: Date, on db: any Database) async throws -> [Listed] {
        let tokens = try await PortalRBToken.query(on: db).filter(\.$instansi.$id == instansiID).sort(\.$createdAt, .descending).all()
        var listed: [Listed] = []
        for token in tokens {
            let last = try await PortalRBCall.query(on: db).filter(\.$token.$id == token.id!).sort(\.$at, .descending).first()
            listed.append(Listed(token, now: now, lastUsedAt: last?.at))
        }
        return listed
    }

    /// The token a bearer secret names, if it is still valid; the guide's 401 otherwise.
    static func authenticate(_ secret: String?, now: Date, on db: any Database) async throws -> PortalRBToken {
        guard let secret, secret.hasPrefix(tokenPrefix), secret.utf8.count <= 200,
            let token = try await PortalRBToken.query(on: db).filter(\.$tokenHash == Tokens.hash(secret)).first()
        else { throw PortalRBError.missingToken }
        if token.revokedAt != nil { throw PortalRBError.revoked }
        if token.expiresAt <= now { throw PortalRBError.expired }
        return token
    }
}
