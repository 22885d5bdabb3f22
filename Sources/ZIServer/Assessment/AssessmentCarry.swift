import Fluent
import Vapor
import ZICore

/// Carries an assessment to another LKE framework: a new assessment for the same unit and year
/// on the target framework, with the unit's answers, notes and evidence notes of every question
/// the target also has (see ``LKECarry``) and the records of the registered
/// ``AssessmentCarryParticipant``s (evidence links). The TPI's review stays with the source: the
/// new assessment starts as a draft. The report names everything that did not carry.
enum AssessmentCarry {
    /// What was carried and what stayed behind.
    struct Report: Content, Sendable {
        /// The new assessment.
        let assessment: AssessmentSummary
        /// Questions whose answers carried.
        let answers: Int
        /// Questions whose notes or evidence notes carried.
        let notes: Int
        /// Records carried by other features, by name (`evidenceLinks`).
        let records: [String: Int]
        /// Questions whose answer or content did not carry, with the reason.
        let notCarried: [LKECarry.Miss]
        /// Questions with a TPI answer or note, which stays with the source assessment.
        let reviewsLeftBehind: Int

        init(_ outcome: Outcome, assessment: AssessmentSummary) {
            self.assessment = assessment
            answers = outcome.answers
            notes = outcome.notes
            records = outcome.records
            notCarried = outcome.misses
            reviewsLeftBehind = outcome.reviewsLeftBehind
        }
    }

    /// The counts of a carry, before the new assessment's summary is loaded.
    struct Outcome: Sendable {
        let assessment: Assessment
        let answers: Int
        let notes: Int
        let records: [String: Int]
        let misses: [LKECarry.Miss]
        let reviewsLeftBehind: Int
    }

    /// Carries the request's assessment to `frameworkID`, for a user who may fill the unit's assessments.
    static func perform(_ req: Request, frameworkID: String?) async throws -> (Outcome, WorkUnit) {
        let (source, unit) = try await AssessmentAccess.load(req, .fillAssessment)
        guard let id = frameworkID?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
            throw AppError.validation([FieldError(field: "frameworkID", key: "validation.required")])
        }
        let catalog = try req.application.lke.entry(id)
        let participants = req.application.assessmentCarryParticipants
        let outcome = try await req.writeAsUser { actor, db in
            try await carry(source, unit: unit, to: catalog, participants: participants, by: actor, on: db)
        }
        return (outcome, unit)
    }

    static func carry(
        _ source: Assessment, unit: WorkUnit, to catalog: LKECatalog.Entry, participants: [any AssessmentCarryParticipant],
        by actor: AuditActor, on db: any Database
    ) async throws -> Outcome {
        guard catalog.framework.id != source.frameworkID else {
            throw AppError.validation([FieldError(field: "frameworkID", key: "validation.carry_same_framework")])
        }
        let rows = try await AssessmentService.rows(of: source, on: db)
        let given = rows.reduce(into: [String: LKEAnswer?]()) { given, row in
            given[row.questionID] = AssessmentScoring.decode(row.selfAnswer)
        }
        let plan = LKECarry.plan(given, to: catalog.framework)
        let target = try await AssessmentService.create(
            unit: unit, year: source.year, catalog: catalog, holdsWBK: source.holdsWBK, by: actor, on: db)
        var carried: [AssessmentAnswer] = []
        for row in rows where plan.questions.contains(row.questionID) {
            let copy = AssessmentAnswer()
            copy.$assessment.id = target.id!
            copy.questionID = row.questionID
            copy.selfAnswer = plan.answers[row.questionID].map(AssessmentScoring.encode)
            copy.selfNote = row.selfNote
            copy.evidenceNote = row.evidenceNote
            guard copy.selfAnswer != nil || copy.selfNote != nil || copy.evidenceNote != nil else { continue }
            try await copy.create(on: db)
            carried.append(copy)
        }
        try AssessmentScoring.refresh(target, rows: carried.map(StoredAnswer.init), catalog: catalog)
        try await target.save(on: db)
        var records: [String: Int] = [:]
        for participant in participants {
            records[participant.name] = try await participant.carry(
                from: source, to: target, questions: plan.questions, unit: unit, by: actor, on: db)
        }
        let outcome = Outcome(
            assessment: target, answers: plan.answers.count,
            notes: carried.filter { $0.selfNote != nil || $0.evidenceNote != nil }.count, records: records,
            misses: plan.misses, reviewsLeftBehind: rows.filter { $0.tpiAnswer != nil || $0.tpiNote != nil }.count)
        try await AuditLog.record(
            "assessment", id: target.id, action: "carry", unit: unit,
            after: [
                "from": source.id!.uuidString, "framework": catalog.framework.id, "answers": String(outcome.answers),
                "notCarried": String(outcome.misses.count),
            ].merging(records.mapValues(String.init)) { first, _ in first }, by: actor, on: db)
        return outcome
    }
}
