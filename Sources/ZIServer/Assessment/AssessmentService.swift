import Fluent
import Foundation
import Vapor
import ZICore

/// The assessment workflow: open, answer, submit, review, conclude, re-open — each step
/// checked against the assessment's status, written with the score cache refreshed, and audited.
///
/// Each call works on the database it is given; callers run it inside `req.write`.
/// Authorization (who may do a step, on which area) is the controller's job.
package enum AssessmentService {
    static let years = 2010...2100

    /// Opens the assessment of a unit for a year on a framework.
    package static func create(
        unit: WorkUnit, year: Int, catalog: LKECatalog.Entry, holdsWBK: Bool,
        by actor: AuditActor, on db: any Database
    ) async throws -> Assessment {
        guard years.contains(year) else { throw AppError.validation([FieldError(field: "year", key: "validation.year")]) }
        let existing = try await Assessment.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year)
            .filter(\.$frameworkID == catalog.framework.id).count()
        if existing > 0 { throw AppError.conflict("assessment_exists", field: "year") }
        let assessment = Assessment()
        assessment.$unit.id = unit.id!
        assessment.year = year
        assessment.frameworkID = catalog.framework.id
        assessment.status = .draft
        assessment.holdsWBK = holdsWBK
        try AssessmentScoring.refresh(assessment, rows: [], catalog: catalog)
        try await assessment.create(on: db)
        try await audit(
            assessment, unit: unit, action: "create", after: ["year": String(year), "framework": catalog.framework.id],
            by: actor, on: db)
        return assessment
    }

    /// Saves the unit's answers, notes and evidence notes (only while in draft).
    package static func saveSelfAnswers(
        _ update: AnswerUpdate, to assessment: Assessment, unit: WorkUnit,
        catalog: LKECatalog.Entry, by actor: AuditActor, on db: any Database
    ) async throws {
        guard assessment.status == .draft else { throw AppError.conflict("assessment_locked") }
        try update.validate(against: catalog)
        try await apply(update, to: assessment, catalog: catalog, on: db) { row, id in
            if let answer = update.answers[id] { row.selfAnswer = answer.map(AssessmentScoring.encode) }
            if let note = update.notes[id] { row.selfNote = note.isEmpty ? nil : note }
            if let evidence = update.evidence[id] { row.evidenceNote = evidence.isEmpty ? nil : evidence }
        }
        try await audit(assessment, unit: unit, action: "self_answer", after: summary(update), by: actor, on: db)
    }

    /// Saves the TPI's answers and notes (only while submitted).
    static func saveReviews(
        _ update: AnswerUpdate, to assessment: Assessment, unit: WorkUnit,
        catalog: LKECatalog.Entry, by actor: AuditActor, on db: any Database
    ) async throws {
        guard assessment.status == .submitted else { throw AppError.conflict("assessment_not_submitted") }
        try update.validate(against: catalog)
        try await apply(update, to: assessment, catalog: catalog, on: db) { row, id in
            if let answer = update.answers[id] { row.tpiAnswer = answer.map(AssessmentScoring.encode) }
            if let note = update.notes[id] { row.tpiNote = note.isEmpty ? nil : note }
        }
        try await audit(assessment, unit: unit, action: "tpi_answer", after: summary(update), by: actor, on: db)
    }

    /// Hands the self-assessment to the TPI.
    static func submit(_ assessment: Assessment, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        guard assessment.status == .draft else { throw AppError.conflict("assessment_locked") }
        assessment.status = .submitted
        assessment.submittedAt = AppClock.current.now()
        try await assessment.save(on: db)
        try await audit(assessment, unit: unit, action: "submit", after: ["status": "submitted"], by: actor, on: db)
    }

    /// The TPI's conclusion; the assessment is locked afterwards.
    static func conclude(
        _ assessment: Assessment, recommendation: String?, note: String?, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        guard assessment.status == .submitted else { throw AppError.conflict("assessment_not_submitted") }
        var v = Validator()
        let parsed = Assessment.Recommendation(rawValue: recommendation ?? "")
        if parsed == nil { v.add("recommendation", "validation.recommendation") }
        let text = v.optional("note", note, max: AnswerUpdate.maxNoteLength)
        try v.check()
        assessment.status = .concluded
        assessment.recommendation = parsed
        assessment.conclusionNote = text
        assessment.concludedAt = AppClock.current.now()
        try await assessment.save(on: db)
        try await audit(
            assessment, unit: unit, action: "conclude",
            after: ["recommendation": parsed!.rawValue, "note": text ?? ""], by: actor, on: db)
    }

    /// Re-opens a submitted or concluded assessment for the unit; the reason is audited.
    static func reopen(
        _ assessment: Assessment, reason: String?, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        guard assessment.status != .draft else { throw AppError.conflict("assessment_open") }
        var v = Validator()
        let text = v.required("reason", reason, max: AnswerUpdate.maxNoteLength)
        try v.check()
        let previous = assessment.status
        assessment.status = .draft
        assessment.recommendation = nil
        assessment.concludedAt = nil
        try await assessment.save(on: db)
        try await audit(
            assessment, unit: unit, action: "reopen",
            after: ["from": previous.rawValue, "reason": text!], by: actor, on: db)
    }

    /// Every stored answer row of an assessment.
    static func rows(of assessment: Assessment, on db: any Database) async throws -> [AssessmentAnswer] {
        try await AssessmentAnswer.query(on: db).filter(\.$assessment.$id == assessment.id!).all()
    }

    private static func apply(
        _ update: AnswerUpdate, to assessment: Assessment, catalog: LKECatalog.Entry,
        on db: any Database, change: (AssessmentAnswer, String) -> Void
    ) async throws {
        // Only the rows that change are loaded as models; the score reads the others as plain values
        // (an autosave changes one question of more than a hundred).
        let questionIDs = Array(update.questionIDs)
        let changing =
            questionIDs.isEmpty
            ? []
            : try await AssessmentAnswer.query(on: db).filter(\.$assessment.$id == assessment.id!).filter(\.$questionID ~~ questionIDs)
                .all()
        let models = Dictionary(changing.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        var stored = Dictionary(
            try await AssessmentAnswerRecords.stored(of: assessment, on: db).map { ($0.questionID, $0) },
            uniquingKeysWith: { first, _ in first })
        for id in questionIDs {
            let row = models[id] ?? AssessmentAnswer()
            if row.id == nil {
                row.$assessment.id = assessment.id!
                row.questionID = id
            }
            change(row, id)
            try await row.save(on: db)
            stored[id] = StoredAnswer(row)
        }
        try AssessmentScoring.refresh(assessment, rows: Array(stored.values), catalog: catalog)
        try await assessment.save(on: db)
    }

    private static func summary(_ update: AnswerUpdate) -> [String: String] {
        var summary: [String: String] = [:]
        for (id, answer) in update.answers { summary[id] = answer.map(AssessmentScoring.encode) ?? "(kosong)" }
        for (id, note) in update.notes { summary["catatan \(id)"] = note }
        for (id, note) in update.evidence { summary["bukti \(id)"] = note }
        return summary
    }

    private static func audit(
        _ assessment: Assessment, unit: WorkUnit, action: String, after: [String: String],
        by actor: AuditActor, on db: any Database
    ) async throws {
        try await AuditLog.record("assessment", id: assessment.id, action: action, unit: unit, after: after, by: actor, on: db)
    }
}
