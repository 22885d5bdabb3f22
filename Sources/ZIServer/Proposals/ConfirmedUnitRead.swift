import Fluent
import Foundation
import SQLKit

/// A unit on an agency's confirmed proposal list of a year, with the assessment that decides its
/// proposal (``ProposalList/deciding(_:)``), read in one query: what PortalRB's answer fetch
/// needs before it reads the answers, served many times a second.
struct ConfirmedUnitRead: Sendable {
    /// One of the unit's assessments of the year, as the decision weighs it.
    struct Candidate: DecidingAssessmentCandidate, Sendable {
        let id: UUID
        let status: Assessment.Status
        let recommendation: Assessment.Recommendation?
        let createdAt: Date?
    }

    let unitID: UUID
    let unitName: String
    /// The deciding assessment, or nil when the unit has none in the year.
    let assessmentID: UUID?

    /// The unit `unitID` if it is on the agency's confirmed list of `year` (either predicate), or nil.
    static func load(instansiID: UUID, year: Int, unitID: UUID, on db: any Database) async throws -> ConfirmedUnitRead? {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT u.name AS unit_name, a.id AS assessment_id, a.status AS status, a.recommendation AS recommendation,
                a.created_at AS created_at
            FROM \(ident: UnitProposal.schema) p
            JOIN \(ident: ProposalRound.schema) r ON r.instansi_id = p.instansi_id AND r.year = p.year
            JOIN \(ident: WorkUnit.schema) u ON u.id = p.unit_id
            LEFT JOIN \(ident: Assessment.schema) a ON a.unit_id = p.unit_id AND a.year = p.year
            WHERE p.instansi_id = \(bind: instansiID) AND p.year = \(bind: year) AND p.unit_id = \(bind: unitID)
                AND r.confirmed_at IS NOT NULL
            """
        ).all()
        guard let first = rows.first else { return nil }
        let candidates = try rows.compactMap { row -> Candidate? in
            guard let id = try row.decode(column: "assessment_id", as: UUID?.self),
                let status = Assessment.Status(rawValue: try row.decode(column: "status", as: String.self))
            else { return nil }
            return Candidate(
                id: id, status: status,
                recommendation: try row.decode(column: "recommendation", as: String?.self).flatMap(Assessment.Recommendation.init),
                createdAt: try row.decode(column: "created_at", as: Date?.self))
        }
        return ConfirmedUnitRead(
            unitID: unitID, unitName: try first.decode(column: "unit_name", as: String.self),
            assessmentID: ProposalList.deciding(candidates)?.id)
    }
}
