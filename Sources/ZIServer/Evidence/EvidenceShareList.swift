import Fluent
import SQLKit
import Vapor

/// The shares of an assessment's evidence as the unit sees them: each question's link, its
/// expiry, how often and when it was last opened, and whether it still works.
enum EvidenceShareList {
    struct Line: Encodable {
        let id: UUID
        let assessmentID: UUID
        let questionID: String
        let expires: String
        let openings: Int
        let lastOpened: String
        let state: String
        let active: Bool
    }

    static func of(_ assessment: Assessment, req: Request) async throws -> [Line] {
        let shares = try await EvidenceShare.query(on: req.db).filter(\.$assessment.$id == assessment.id!).sort(\.$questionID).all()
        guard !shares.isEmpty else { return [] }
        // One query for every share's openings: how many, and the last.
        let rows = try await (req.db as! any SQLDatabase).select()
            .column("share_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "openings")
            .column(SQLFunction("MAX", args: SQLIdentifier("at")), as: "last")
            .from(EvidenceShareAccess.schema)
            .where("share_id", .in, shares.map { $0.id! })
            .groupBy("share_id")
            .all()
        var openings: [UUID: (count: Int, last: Date?)] = [:]
        for row in rows {
            openings[try row.decode(column: "share_id", as: UUID.self)] = (
                try row.decode(column: "openings", as: Int.self), try row.decode(column: "last", as: Date?.self)
            )
        }
        let now = req.clock.now()
        return shares.map { share in
            let active = share.revokedAt == nil && share.expiresAt > now
            let opened = openings[share.id!]
            return Line(
                id: share.id!, assessmentID: assessment.id!, questionID: share.questionID, expires: WIBTime.format(share.expiresAt),
                openings: opened?.count ?? 0, lastOpened: opened?.last.map(WIBTime.format) ?? "—",
                state: req.t(active ? "share.active" : share.revokedAt != nil ? "share.revoked" : "share.expired"), active: active)
        }
    }
}
