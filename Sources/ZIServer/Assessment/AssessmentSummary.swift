import Fluent
import Foundation
import Vapor
import ZICore

/// An assessment as the API and the page show it: status, both scores, predicate verdicts,
/// progress per area and the gap analysis toward the unit's target predicate.
struct AssessmentSummary: Content, Sendable {
    /// How far the answering and the review have come in one part of the worksheet.
    struct Progress: Content, Sendable {
        /// `"1"` … `"6"` for the change areas, `"hasil"` for the results.
        let part: String
        let name: String
        let questions: Int
        let answered: Int
        let reviewed: Int
    }

    let id: UUID
    let unitID: UUID
    let unitName: String
    let year: Int
    let framework: String
    let status: Assessment.Status
    let holdsWBK: Bool
    let recommendation: Assessment.Recommendation?
    let conclusionNote: String?
    /// The predicate the unit works toward this year (`wbk` or `wbbm`).
    let target: String
    /// The score of the official answers (the TPI's where given, the unit's otherwise).
    let official: LKEScoreReport
    /// The score of the unit's own answers.
    let selfScore: LKEScoreReport
    /// The fewest answer upgrades to reach the target; nil when already eligible.
    let gap: LKEGapPlan?
    let progress: [Progress]

    init(
        _ assessment: Assessment, unit: WorkUnit, rows: [StoredAnswer], catalog: LKECatalog.Entry,
        target: String
    ) throws {
        let scored = try AssessmentScoreCache.scored(rows, catalog: catalog, target: target, held: AssessmentScoring.held(assessment))
        id = assessment.id!
        unitID = unit.id!
        unitName = unit.name
        year = assessment.year
        framework = assessment.frameworkID
        status = assessment.status
        holdsWBK = assessment.holdsWBK
        recommendation = assessment.recommendation
        conclusionNote = assessment.conclusionNote
        self.target = target
        official = scored.official
        selfScore = scored.selfScore
        gap = scored.gap
        progress = Self.progress(rows: rows, catalog: catalog)
    }

    private static func progress(rows: [StoredAnswer], catalog: LKECatalog.Entry) -> [Progress] {
        let byQuestion = Dictionary(rows.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        let parts = catalog.framework.areas.map { ($0.id, $0.name) } + [("hasil", "Hasil")]
        return parts.map { part, name in
            let ids = catalog.template.questions.filter { ($0.area ?? "hasil") == part }.map(\.id)
            return Progress(
                part: part, name: name, questions: ids.count,
                answered: ids.filter { byQuestion[$0]?.selfAnswer != nil }.count,
                reviewed: ids.filter { byQuestion[$0]?.tpiAnswer != nil }.count)
        }
    }
}

/// One assessment in a list.
struct AssessmentListItem: Content, Sendable {
    let id: UUID
    let year: Int
    let framework: String
    let status: Assessment.Status
    let scoreTotal: Double
    let answeredCount: Int

    init(_ assessment: Assessment) {
        id = assessment.id!
        year = assessment.year
        framework = assessment.frameworkID
        status = assessment.status
        scoreTotal = assessment.scoreTotal
        answeredCount = assessment.answeredCount
    }
}

extension AssessmentSummary {
    /// Loads everything a summary needs, for an assessment the caller may view.
    static func load(
        _ assessment: Assessment, unit: WorkUnit, req: Request,
        rows given: [StoredAnswer]? = nil
    ) async throws -> AssessmentSummary {
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        var rows = given ?? []
        if given == nil { rows = try await AssessmentAnswerRecords.stored(of: assessment, on: req.db) }
        let programme = try await UnitProgramme.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$year == assessment.year).first()
        return try AssessmentSummary(
            assessment, unit: unit, rows: rows, catalog: catalog,
            target: programme?.target.rawValue.lowercased() ?? "wbk")
    }
}
