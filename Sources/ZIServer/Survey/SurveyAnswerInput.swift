import Foundation
import Vapor
import ZICore

/// A filled-in questionnaire as the public form sends it, before validation.
struct SurveyAnswerInput: Content {
    var u1: String?, u2: String?, u3: String?, u4: String?, u5: String?, u6: String?, u7: String?, u8: String?, u9: String?
    var ageGroup: String?
    var sex: String?
    var education: String?
    var occupation: String?
    var comment: String?

    /// The checked answers.
    struct Checked: Sendable {
        let response: SKMResponse
        let ageGroup: String?
        let sex: String?
        let education: String?
        let occupation: String?
        let comment: String?
    }

    /// Every element must be answered 1–4; profile answers must be one of the choices offered.
    func checked() throws -> Checked {
        var validator = Validator()
        let given = [u1, u2, u3, u4, u5, u6, u7, u8, u9]
        var scores: [SKMElement: Int] = [:]
        for (element, value) in zip(SKMElement.allCases, given) {
            guard let score = value.flatMap({ Int($0) }), SKMResponse.scoreRange.contains(score) else {
                validator.add(element.rawValue, "validation.survey_answer")
                continue
            }
            scores[element] = score
        }
        let profile = [
            ("ageGroup", ageGroup, SurveyProfile.ageGroups), ("sex", sex, SurveyProfile.sexes),
            ("education", education, SurveyProfile.educations), ("occupation", occupation, SurveyProfile.occupations),
        ]
        .map { field, value, choices -> String? in
            guard let value, !value.isEmpty else { return nil }
            if !choices.contains(value) { validator.add(field, "validation.choice") }
            return value
        }
        let comment = validator.optional("comment", comment, max: 1000)
        try validator.check()
        return Checked(
            response: try SKMResponse(scores: scores), ageGroup: profile[0], sex: profile[1], education: profile[2],
            occupation: profile[3], comment: comment)
    }
}
