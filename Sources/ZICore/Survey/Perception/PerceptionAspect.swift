/// One aspect a perception survey asks about (e.g. `Pungutan Liar` for IPAK), with its
/// questions. The index is the mean of the aspects' means, so every aspect weighs the same
/// however many questions it has.
public struct PerceptionAspect: Sendable, Equatable {
    /// The aspect's position in its questionnaire, from 1.
    public let number: Int
    /// The aspect's name.
    public let name: String
    /// What the aspect makes sure of, in the regulation's words where it gives them.
    public let purpose: String
    /// The questions, at least one.
    public let questions: [PerceptionQuestion]
}
