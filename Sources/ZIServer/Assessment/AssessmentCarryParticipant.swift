import Fluent
import Vapor

/// A feature that keeps records per assessment question and carries them when an assessment is
/// carried to another framework (Evidence: the files linked to questions). The assessment owns
/// this protocol; `App` registers the implementations (``Application/assessmentCarryParticipants``).
protocol AssessmentCarryParticipant: Sendable {
    /// The name of what is carried in the report (e.g. `evidenceLinks`).
    var name: String { get }

    /// Copies the records of `questions` from `source` to `target`; returns how many were copied.
    func carry(
        from source: Assessment, to target: Assessment, questions: Set<String>, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> Int
}

extension Application {
    private struct AssessmentCarryParticipantsKey: StorageKey { typealias Value = [any AssessmentCarryParticipant] }

    /// The features that carry their per-question records with an assessment.
    var assessmentCarryParticipants: [any AssessmentCarryParticipant] {
        get { storage[AssessmentCarryParticipantsKey.self] ?? [] }
        set { storage[AssessmentCarryParticipantsKey.self] = newValue }
    }
}
