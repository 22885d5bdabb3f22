import Vapor

/// What the worksheet's autosave gets back after saving one question: the new official score and
/// progress, from the columns the save has just written (nothing is read or scored again).
struct AutosaveReply: Content {
    /// The official score, as the page shows it.
    struct Score: Content {
        let total: Double
        let pengungkit: Double
        let hasil: Double
    }

    let official: Score
    let answered: Int
    let reviewed: Int

    init(_ assessment: Assessment) {
        official = Score(total: assessment.scoreTotal, pengungkit: assessment.scorePengungkit, hasil: assessment.scoreHasil)
        answered = assessment.answeredCount
        reviewed = assessment.reviewedCount
    }
}
