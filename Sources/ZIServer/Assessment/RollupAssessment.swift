import Fluent
import Foundation
import SQLKit

/// An assessment's cached score columns as the roll-up reads them: straight from SQL into plain
/// values for every unit of an agency at once (decoding a thousand assessment models through
/// Fluent cost a quarter of the roll-up page).
struct RollupAssessment: Sendable {
    let id: UUID
    let unitID: UUID
    let frameworkID: String
    let status: Assessment.Status?
    let scoreTotal: Double
    let scorePengungkit: Double
    let scoreHasil: Double
    let areaPercentsJSON: String
    let eligibleWBK: Bool
    let eligibleWBBM: Bool
    let answeredCount: Int

    /// The per-area percentages.
    var areaPercents: [String: Double] {
        Assessment.areaPercents(from: areaPercentsJSON)
    }

    /// Every assessment of `year` of the units of the agency `instansiID`.
    static func all(instansiID: UUID, year: Int, on db: any Database) async throws -> [RollupAssessment] {
        let a = Assessment.schema
        let rows = try await (db as! any SQLDatabase).select()
            .column(SQLColumn("id", table: a)).column(SQLColumn("unit_id", table: a))
            .columns(
                "framework_id", "status", "score_total", "score_pengungkit", "score_hasil", "area_percents", "eligible_wbk",
                "eligible_wbbm", "answered_count"
            )
            .from(a)
            .join(WorkUnit.schema, on: SQLColumn("unit_id", table: a), .equal, SQLColumn("id", table: WorkUnit.schema))
            .where(SQLColumn("instansi_id", table: WorkUnit.schema), .equal, SQLBind(instansiID))
            .where(SQLColumn("year", table: a), .equal, SQLBind(year))
            .all()
        return try rows.map { row in
            RollupAssessment(
                id: try row.decode(column: "id", as: UUID.self), unitID: try row.decode(column: "unit_id", as: UUID.self),
                frameworkID: try row.decode(column: "framework_id", as: String.self),
                status: Assessment.Status(rawValue: try row.decode(column: "status", as: String.self)),
                scoreTotal: try row.decode(column: "score_total", as: Double.self),
                scorePengungkit: try row.decode(column: "score_pengungkit", as: Double.self),
                scoreHasil: try row.decode(column: "score_hasil", as: Double.self),
                areaPercentsJSON: try row.decode(column: "area_percents", as: String.self),
                eligibleWBK: try row.decode(column: "eligible_wbk", as: Bool.self),
                eligibleWBBM: try row.decode(column: "eligible_wbbm", as: Bool.self),
                answeredCount: try row.decode(column: "answered_count", as: Int.self))
        }
    }
}
