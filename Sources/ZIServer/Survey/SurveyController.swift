import Fluent
import Vapor
import ZICore

/// The unit's side of the survey: the services the public rates (with their expected users
/// for the minimum sample) and the results per period — as JSON under `/api/v1` and as a page.
struct SurveyController {
    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get("units", ":unitID", "survey", use: results)
        routes.post("units", ":unitID", "survey", "services", use: addService)
        routes.patch("units", ":unitID", "survey", "services", ":serviceID", use: updateService)
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get("units", ":unitID", "survei", use: page)
        routes.post("units", ":unitID", "survei", "services", use: addServiceForm)
    }

    func results(req: Request) async throws -> SurveyResults {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        let (from, to) = try SurveyResults.period(req)
        return try await SurveyResults.load(unit: unit, from: from, to: to, on: req.db)
    }

    /// A service as a form or the API sends it.
    struct ServiceBody: Content {
        var name: String?
        var population: String?
        var isActive: Bool?
    }

    func addService(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let body = try req.content.decode(ServiceBody.self)
        let service = try await req.writeAsUser { actor, db in try await Self.save(SurveyService(), body, unit: unit, by: actor, on: db) }
        return try await ["id": service.id!.uuidString, "name": service.name].encodeResponse(status: .created, for: req)
    }

    func updateService(req: Request) async throws -> HTTPStatus {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        guard let id = req.parameters.get("serviceID", as: UUID.self), let service = try await SurveyService.find(id, on: req.db),
              service.$unit.id == unit.id else { throw AppError.notFound }
        let body = try req.content.decode(ServiceBody.self)
        _ = try await req.writeAsUser { actor, db in try await Self.save(service, body, unit: unit, by: actor, on: db) }
        return .noContent
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let results: SurveyResults
        let overallText: String?
        let canManage: Bool
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await renderPage(unit, form: FormState(), req: req)
    }

    func addServiceForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let body = try req.content.decode(ServiceBody.self)
        do {
            _ = try await req.writeAsUser { actor, db in try await Self.save(SurveyService(), body, unit: unit, by: actor, on: db) }
            return WebPage.redirect(req, to: "/units/\(unit.id!)/survei", notice: "saved")
        } catch let error as AppError where error.status != .forbidden {
            return try await renderPage(unit, form: FormState(body, error: error, req: req), req: req, status: error.status)
        }
    }

    private func renderPage(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let (from, to) = try SurveyResults.period(req)
        let results = try await SurveyResults.load(unit: unit, from: from, to: to, on: req.db)
        let view = PageView(unit: UnitDTO(unit), results: results, overallText: results.overall?.summary,
                            canManage: try await req.may(.handleComplaints, on: unit.accessTarget), form: form)
        return try await WebPage.render("survey/index", title: req.t("survey.title"), view, req: req, status: status)
    }

    /// Checks and stores a service's name, expected users and whether it is surveyed.
    private static func save(_ service: SurveyService, _ body: ServiceBody, unit: WorkUnit, by actor: AuditActor,
                             on db: any Database) async throws -> SurveyService {
        var validator = Validator()
        let name = validator.required("name", body.name, max: 200)
        var population: Int?
        if let text = body.population?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            population = Int(text)
            if population == nil || population! < 1 { validator.add("population", "validation.population") }
        }
        try validator.check()
        if service.id == nil || service.name != name!,
           try await SurveyService.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$name == name!).count() > 0 {
            throw AppError.conflict("survey_service_exists", field: "name")
        }
        service.$unit.id = unit.id!
        service.name = name!
        service.population = population
        service.isActive = body.isActive ?? true
        try await service.save(on: db)
        try await AuditLog.record("survey_service", id: service.id, action: "save", unit: unit, after: ["name": name!], by: actor, on: db)
        return service
    }
}
