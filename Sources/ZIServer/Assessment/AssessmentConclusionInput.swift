import Vapor

/// The TPI's conclusion of an assessment (recommendation and note), from the worksheet's form
/// or the API alike.
struct AssessmentConclusionInput: Content {
    var recommendation: String?
    var note: String?
}
