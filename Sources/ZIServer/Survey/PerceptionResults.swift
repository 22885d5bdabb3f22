import Fluent
import Foundation
import Vapor
import ZICore

/// A unit's own IPAK and IPKP surveys for a period: per survey the respondents, the mean per
/// aspect, the score, whether the 30-respondent minimum is met, and the LKE hasil value it
/// would give with the WBK/WBBM survey thresholds — an internal forecast, never the official
/// TPN value.
struct PerceptionResults: Content {
    /// One survey's estimate.
    struct Survey: Content {
        struct Aspect: Content {
            let name: String
            let mean: Double
            let meanText: String
        }

        struct Threshold: Content {
            let predicate: String
            let minimum: String
            let isReached: Bool
        }

        let survey: String
        let code: String
        let name: String
        let lkeQuestionID: String
        let respondents: Int
        let minimumRespondents: Int
        let meetsMinimumRespondents: Bool
        let score: Double?
        let scoreText: String?
        let summary: String?
        let aspects: [Aspect]
        /// The LKE hasil value the score would give, of `weight`.
        let lkeScore: Double?
        let weight: Double?
        let thresholds: [Threshold]
    }

    let from: CalendarDate
    let to: CalendarDate
    let surveys: [Survey]

    static func load(
        unit: WorkUnit, from: CalendarDate, to: CalendarDate, framework: LKEFramework, names: LabelNames,
        on db: any Database
    ) async throws -> PerceptionResults {
        let rows = try await PerceptionAnswer.query(on: db).filter(\.$unit.$id == unit.id!)
            .filter(\.$answeredOn >= from.description).filter(\.$answeredOn <= to.description).all()
        var surveys: [Survey] = []
        for index in PerceptionIndex.allCases {
            let responses = rows.filter { $0.survey == index.rawValue }.enumerated().map { number, row in
                PerceptionResponse(
                    respondent: String(number + 1),
                    answers: (try? JSONDecoder().decode([String: Int].self, from: Data(row.answers.utf8))) ?? [:])
            }
            let estimate = try estimate(responses, index: index)
            let forecast = estimate?.forecast(in: framework)
            surveys.append(
                Survey(
                    survey: index.rawValue, code: index.code, name: names(index), lkeQuestionID: index.lkeQuestionID,
                    respondents: responses.count, minimumRespondents: PerceptionIndex.minimumRespondents,
                    meetsMinimumRespondents: estimate?.meetsMinimumRespondents ?? false, score: estimate?.roundedScore,
                    scoreText: estimate.map { DecimalText.format($0.roundedScore, decimals: 2) }, summary: estimate?.summary,
                    aspects: estimate?.aspectMeans.map {
                        Survey.Aspect(
                            name: $0.aspect.name, mean: $0.mean,
                            meanText: DecimalText.format($0.mean, decimals: 2))
                    } ?? [],
                    lkeScore: forecast?.lkeScore, weight: forecast?.weight,
                    thresholds: forecast?.thresholds.map {
                        Survey.Threshold(
                            predicate: $0.predicateName, minimum: DecimalText.format($0.minimum, decimals: 2), isReached: $0.isReached)
                    } ?? []))
        }
        return PerceptionResults(from: from, to: to, surveys: surveys)
    }

    /// The estimate of stored answers; stored answers were checked, so a failure means the
    /// questionnaire changed under them, reported as a server-side data problem.
    private static func estimate(_ responses: [PerceptionResponse], index: PerceptionIndex) throws -> PerceptionEstimate? {
        do {
            return try PerceptionEstimateCalculator.compute(responses, index: index)
        } catch {
            throw AppError(.internalServerError, code: "perception_data", arguments: [error.description])
        }
    }
}
