import Fluent
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
        let now = req.clock.now()
        var lines: [Line] = []
        for share in shares {
            let accesses = EvidenceShareAccess.query(on: req.db).filter(\.$share.$id == share.id!)
            let openings = try await accesses.count()
            let last = try await EvidenceShareAccess.query(on: req.db).filter(\.$share.$id == share.id!).sort(\.$at, .descending).first()
            let active = share.revokedAt == nil && share.expiresAt > now
            lines.append(
                Line(
                    id: share.id!, assessmentID: assessment.id!, questionID: share.questionID, expires: WIBTime.format(share.expiresAt),
                    openings: openings, lastOpened: last.map { WIBTime.format($0.at) } ?? "—",
                    state: req.t(active ? "share.active" : share.revokedAt != nil ? "share.revoked" : "share.expired"), active: active))
        }
        return lines
    }
}
