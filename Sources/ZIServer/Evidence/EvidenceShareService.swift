import Fluent
import SQLKit
import Vapor
import ZICore

/// Shares of a question's evidence for evaluators outside SIZI: one per assessment question,
/// made when first needed (PortalRB's fetch), valid for a year unless the unit revokes it. The
/// link is `/bukti/{share}/{signature}`: the signature is an HMAC of the share's id under the
/// installation's key, so links cannot be made up, and a revoked or expired share answers 404
/// like a forged one.
enum EvidenceShareService {
    static let validity: TimeInterval = 365 * 86_400

    /// The share links of every question of `assessment` that has linked evidence, by question
    /// id; missing shares are made through `app.write` (a fetch that finds them all only reads);
    /// revoked shares stay revoked (their questions get no link).
    static func links(for assessmentID: UUID, now: Date, app: Application, on db: any Database) async throws -> [String: String] {
        let questions = Set(
            try await (db as! any SQLDatabase).select().distinct().column("question_id").from(EvidenceLink.schema)
                .where("assessment_id", .equal, assessmentID).where("question_id", .isNot, SQLLiteral.null)
                .all(decodingColumn: "question_id", as: String.self))
        guard !questions.isEmpty else { return [:] }
        var shares = Dictionary(
            try await EvidenceShare.query(on: db).filter(\.$assessment.$id == assessmentID).all().map { ($0.questionID, $0) },
            uniquingKeysWith: { first, _ in first })
        let missing = questions.subtracting(shares.keys).sorted()
        if !missing.isEmpty {
            let made = try await app.write { db in
                var made: [EvidenceShare] = []
                for question in missing {
                    let share = EvidenceShare()
                    share.$assessment.id = assessmentID
                    share.questionID = question
                    share.expiresAt = now.addingTimeInterval(validity)
                    try await share.create(on: db)
                    made.append(share)
                }
                return made
            }
            for share in made { shares[share.questionID] = share }
        }
        let sealer = app.secretSealer
        return shares.filter { questions.contains($0.key) && $0.value.revokedAt == nil && $0.value.expiresAt > now }
            .mapValues { path(of: $0, sealer: sealer) }
    }

    /// The share's link path.
    static func path(of share: EvidenceShare, sealer: SecretSealer) -> String {
        SitePath.evidenceShare.path(share.id!, sealer.signature(of: message(share.id!)))
    }

    /// The share a link names, if its signature holds and it is neither expired nor revoked.
    static func open(_ req: Request) async throws -> EvidenceShare {
        guard let id = req.parameters.get("shareID", as: UUID.self), let signature = req.parameters.get("signature"),
            Tokens.constantTimeEqual(signature, req.application.secretSealer.signature(of: message(id))),
            let share = try await EvidenceShare.find(id, on: req.db), share.revokedAt == nil, share.expiresAt > req.clock.now()
        else { throw AppError.notFound }
        return share
    }

    /// Records an opening of `share` (its page, or `evidenceID`'s file).
    static func record(_ share: EvidenceShare, evidenceID: UUID?, req: Request) async throws {
        let access = EvidenceShareAccess()
        access.$share.id = share.id!
        access.at = req.clock.now()
        access.evidenceID = evidenceID
        access.client = req.application.clientAddress.key(for: req)
        try await req.application.groupCommit.run { db in try await access.create(on: db) }
    }

    /// Revokes a share; audited on the unit.
    static func revoke(_ share: EvidenceShare, unit: WorkUnit, now: Date, by actor: AuditActor, on db: any Database) async throws {
        guard share.revokedAt == nil else { return }
        share.revokedAt = now
        share.revokedBy = actor.name
        try await share.save(on: db)
        try await AuditLog.record(
            "evidence_share", id: share.id, action: "revoke", unit: unit, after: ["question": share.questionID], by: actor, on: db)
    }

    private static func message(_ id: UUID) -> String {
        "evidence-share:\(id.uuidString)"
    }
}
