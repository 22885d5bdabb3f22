import Fluent
import Foundation
import Vapor
import ZICore

/// The survey results of a unit for a period: overall and per service, with the minimum
/// sample for each service's population. Shared by the staff page, the API and the public page.
struct SurveyResults: Content {
    /// A service's result.
    struct PerService: Content {
        let serviceID: UUID
        let name: String
        let result: SKMResult?
        let population: Int?
        let minimumRespondents: Int?
        let isSufficient: Bool?
    }

    let from: CalendarDate
    let to: CalendarDate
    let overall: SKMResult?
    let services: [PerService]

    /// The period named by `?from=&to=` (YYYY-MM-DD); by default the current year so far.
    static func period(_ req: Request) throws -> (CalendarDate, CalendarDate) {
        let today = req.clock.today()
        let from = try date(req, "from") ?? CalendarDate(year: today.year, month: 1, day: 1)!
        let to = try date(req, "to") ?? today
        guard from <= to else { throw AppError.validation([FieldError(field: "to", key: "validation.period_order")]) }
        return (from, to)
    }

    static func load(unit: WorkUnit, from: CalendarDate, to: CalendarDate, on db: any Database) async throws -> SurveyResults {
        let services = try await SurveyService.query(on: db).filter(\.$unit.$id == unit.id!).sort(\.$name).all()
        let responses = try await SurveyRecording.responses(unitID: unit.id!, from: from, to: to, on: db)
        let byService = Dictionary(grouping: responses, by: \.serviceID).mapValues { $0.map(\.response) }
        let perService = services.map { service in
            let result = SKMCalculator.compute(byService[service.id!] ?? [])
            let minimum = service.population.map(SKMSample.minimumRespondents)
            return PerService(
                serviceID: service.id!, name: service.name, result: result, population: service.population,
                minimumRespondents: minimum, isSufficient: minimum.map { (result?.respondents ?? 0) >= $0 })
        }
        return SurveyResults(from: from, to: to, overall: SKMCalculator.compute(responses.map(\.response)), services: perService)
    }

    private static func date(_ req: Request, _ key: String) throws -> CalendarDate? {
        guard let text = req.query[String.self, at: key], !text.isEmpty else { return nil }
        guard let date = CalendarDate(iso: text) else { throw AppError.validation([FieldError(field: key, key: "validation.date")]) }
        return date
    }
}
