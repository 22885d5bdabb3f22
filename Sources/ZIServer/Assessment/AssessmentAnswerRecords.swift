import Fluent
import SQLKit
import ZICore

/// An assessment's stored answers read straight from SQL into plain values, with the answers
/// already decoded: for reads that serve every row of a large assessment many times a second
/// (PortalRB's fetch, the official workbook), where Fluent's per-row model decoding costs more
/// than the query (a profile of PortalRB's endpoint: 28 % of the CPU in `Fields.output(from:)`).
enum AssessmentAnswerRecords {
    /// Both parties' answers and notes by question id.
    static func of(_ assessment: Assessment, on db: any Database) async throws -> [String: PortalRBQuestionRecord] {
        let rows = try await (db as! any SQLDatabase).select()
            .columns("question_id", "self_answer", "self_note", "evidence_note", "tpi_answer", "tpi_note")
            .from(AssessmentAnswer.schema)
            .where("assessment_id", .equal, assessment.id!)
            .all()
        var records: [String: PortalRBQuestionRecord] = [:]
        records.reserveCapacity(rows.count)
        for row in rows {
            let question = try row.decode(column: "question_id", as: String.self)
            records[question] = PortalRBQuestionRecord(
                unitAnswer: AssessmentScoring.decode(
                    try row.decodeNil(column: "self_answer") ? nil : row.decode(column: "self_answer", as: String.self)),
                tpiAnswer: AssessmentScoring.decode(
                    try row.decodeNil(column: "tpi_answer") ? nil : row.decode(column: "tpi_answer", as: String.self)),
                unitNote: try row.decode(column: "self_note", as: String?.self),
                evidence: try row.decode(column: "evidence_note", as: String?.self),
                tpiNote: try row.decode(column: "tpi_note", as: String?.self))
        }
        return records
    }
}
