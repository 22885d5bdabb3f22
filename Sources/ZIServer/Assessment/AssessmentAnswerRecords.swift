import Fluent
import Foundation
import SQLKit
import ZICore

/// One stored answer row of an assessment as plain values (the answers still as their stored
/// JSON text): what every read of an assessment works from.
struct StoredAnswer: Sendable {
    let questionID: String
    let selfAnswer: String?
    let selfNote: String?
    let evidenceNote: String?
    let tpiAnswer: String?
    let tpiNote: String?
}

extension StoredAnswer {
    /// The values of a row loaded as a model (by the writes, which change and save it).
    init(_ row: AssessmentAnswer) {
        self.init(
            questionID: row.questionID, selfAnswer: row.selfAnswer, selfNote: row.selfNote, evidenceNote: row.evidenceNote,
            tpiAnswer: row.tpiAnswer, tpiNote: row.tpiNote)
    }
}

/// An assessment's stored answers read straight from SQL into plain values: for the reads that
/// serve every row of a large assessment many times a second (the worksheet, the summary, the
/// answers API, PortalRB's fetch, the workbooks), where Fluent's per-row model decoding costs
/// more than the query (a profile of PortalRB's endpoint: 28 % of the CPU in `Fields.output(from:)`).
/// Writes load models (``AssessmentService/rows(of:on:)``), which they change and save.
enum AssessmentAnswerRecords {
    /// Every stored row of `assessment`.
    static func stored(of assessment: Assessment, on db: any Database) async throws -> [StoredAnswer] {
        try await stored(assessmentID: assessment.id!, on: db)
    }

    /// Every stored row of the assessment `assessmentID`.
    static func stored(assessmentID: UUID, on db: any Database) async throws -> [StoredAnswer] {
        let rows = try await (db as! any SQLDatabase).select()
            .columns("question_id", "self_answer", "self_note", "evidence_note", "tpi_answer", "tpi_note")
            .from(AssessmentAnswer.schema)
            .where("assessment_id", .equal, assessmentID)
            .all()
        return try rows.map { row in
            StoredAnswer(
                questionID: try row.decode(column: "question_id", as: String.self),
                selfAnswer: try row.decode(column: "self_answer", as: String?.self),
                selfNote: try row.decode(column: "self_note", as: String?.self),
                evidenceNote: try row.decode(column: "evidence_note", as: String?.self),
                tpiAnswer: try row.decode(column: "tpi_answer", as: String?.self),
                tpiNote: try row.decode(column: "tpi_note", as: String?.self))
        }
    }

    /// Both parties' answers (decoded) and notes by question id.
    static func of(assessmentID: UUID, on db: any Database) async throws -> [String: PortalRBQuestionRecord] {
        let rows = try await stored(assessmentID: assessmentID, on: db)
        var records: [String: PortalRBQuestionRecord] = [:]
        records.reserveCapacity(rows.count)
        for row in rows {
            records[row.questionID] = PortalRBQuestionRecord(
                unitAnswer: AssessmentScoring.decode(row.selfAnswer), tpiAnswer: AssessmentScoring.decode(row.tpiAnswer),
                unitNote: row.selfNote, evidence: row.evidenceNote, tpiNote: row.tpiNote)
        }
        return records
    }
}
