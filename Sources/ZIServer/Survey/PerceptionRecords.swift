import Fluent
import SQLKit
import Foundation

/// One respondent's answers to a unit's own IPAK or IPKP perception survey (an internal
/// forecast of the external index): the answers by question id, as JSON.
final class PerceptionAnswer: Model, @unchecked Sendable {
    static let schema = "perception_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// `PerceptionIndex` raw value: `ipak` or `ipkp`.
    @Field(key: "survey") var survey: String
    /// The day (WIB) it was answered, `YYYY-MM-DD`.
    @Field(key: "answered_on") var answeredOn: String
    /// `{"1a": 4, …}`.
    @Field(key: "answers") var answers: String

    init() {}
}

/// The perception answers table, indexed for a unit's answers of a survey in a period.
struct CreatePerceptionAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PerceptionAnswer.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("survey", .string, .required)
            .field("answered_on", .string, .required)
            .field("answers", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "perception_answers_unit_survey_day").on(PerceptionAnswer.schema)
                .column("unit_id").column("survey").column("answered_on").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PerceptionAnswer.schema).delete()
    }
}
