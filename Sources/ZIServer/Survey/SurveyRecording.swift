import Fluent
import Foundation
import ZICore

/// Stores survey answers and reads them back as results.
enum SurveyRecording {
    /// Stores one respondent's answers for `service` on `day`.
    static func record(_ answer: SurveyAnswerInput.Checked, service: SurveyService, day: CalendarDate, on db: any Database) async throws {
        let row = SurveyResponse()
        row.$unit.id = service.$unit.id
        row.$service.id = service.id!
        row.answeredOn = day.description
        let scores = SKMElement.allCases.map { answer.response.scores[$0]! }
        (row.u1, row.u2, row.u3, row.u4, row.u5, row.u6, row.u7, row.u8, row.u9) =
            (scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], scores[7], scores[8])
        row.ageGroup = answer.ageGroup
        row.sex = answer.sex
        row.education = answer.education
        row.occupation = answer.occupation
        row.comment = answer.comment
        try await row.create(on: db)
    }

    /// The unit's responses answered from `from` to `to` (inclusive), each with its service.
    static func responses(
        unitID: UUID, from: CalendarDate, to: CalendarDate,
        on db: any Database
    ) async throws -> [(serviceID: UUID, response: SKMResponse)] {
        try await SurveyResponse.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$answeredOn >= from.description).filter(\.$answeredOn <= to.description).all().map { row in
                (row.$service.id, try SKMResponse(scores: Dictionary(uniqueKeysWithValues: zip(SKMElement.allCases, row.scores))))
            }
    }
}
