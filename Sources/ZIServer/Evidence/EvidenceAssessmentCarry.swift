import Fluent
import Vapor
import ZICore

/// Carries the evidence linked to an assessment's questions to the assessment it is carried to:
/// the same files on the same questions, each link waiting for the TPI's review again (the
/// verdicts on the source's links stay there).
struct EvidenceAssessmentCarry: AssessmentCarryParticipant {
    let name = "evidenceLinks"

    func carry(
        from source: Assessment, to target: Assessment, questions: Set<String>, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> Int {
        let links = try await EvidenceLink.query(on: db).filter(\.$assessment.$id == source.id!).all()
        var carried = 0
        for link in links {
            guard let question = link.questionID, questions.contains(question) else { continue }
            let copy = EvidenceLink()
            copy.$evidence.id = link.$evidence.id
            copy.$assessment.id = target.id
            copy.questionID = question
            copy.reviewStatus = EvidenceReviewStatus.pending.rawValue
            try await copy.create(on: db)
            carried += 1
        }
        return carried
    }
}
