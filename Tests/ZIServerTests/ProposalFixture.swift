import Fluent
import Vapor
import ZICore

@testable import ZIServer

/// Assessments in the state a proposal needs, written straight to the database.
enum ProposalFixture {
    /// A 2026 assessment of `unit` on the LKE ZI 2026 master, concluded with `recommendation`,
    /// with the given rows (question id → unit answer, TPI answer, unit note).
    @discardableResult
    static func concluded(
        _ app: Application, unit: WorkUnit, recommendation: Assessment.Recommendation? = .usulkanTPN, holdsWBK: Bool = false,
        rows: [String: (unit: LKEAnswer?, tpi: LKEAnswer?, note: String?)] = [:]
    ) async throws -> Assessment {
        try await app.write { db in
            let assessment = try await AssessmentService.create(
                unit: unit, year: 2026, catalog: app.lke.entry("lke-zi-2026"), holdsWBK: holdsWBK, by: .system, on: db)
            for (question, row) in rows {
                let answer = AssessmentAnswer()
                answer.$assessment.id = assessment.id!
                answer.questionID = question
                answer.selfAnswer = row.unit.map(AssessmentScoring.encode)
                answer.tpiAnswer = row.tpi.map(AssessmentScoring.encode)
                answer.selfNote = row.note
                try await answer.create(on: db)
            }
            assessment.status = recommendation == nil ? .submitted : .concluded
            assessment.recommendation = recommendation
            try await assessment.save(on: db)
            return assessment
        }
    }
}
