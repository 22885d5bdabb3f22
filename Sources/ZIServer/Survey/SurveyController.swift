import Fluent
import Vapor
import ZICore

/// The unit's side of the survey: the services the public rates (with their expected users
/// for the minimum sample) and the results per period — as JSON under `/api/v1` and as a page.
struct SurveyController {
    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitSurvey, use: results)
        routes.post(.unitSurveyServices, use: addService)
        routes.patch(.unitSurveyService, use: updateService)
        routes.get(.unitSurveyFollowUps, use: followUps)
        routes.post(.unitSurveyFollowUps, use: addFollowUp)
        routes.put(.unitSurveyFollowUp, use: setFollowUpStatus)
        routes.put(.unitPublicProfile, use: publish)
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitSurvey, use: page)
        routes.post(.unitSurveyServices, use: addServiceForm)
        routes.post(.unitSurveyFollowUps, use: addFollowUpForm)
        routes.post(.unitSurveyFollowUp, use: setFollowUpStatusForm)
        routes.post(.unitSurveyPublicProfile, use: publishForm)
    }

    func followUps(req: Request) async throws -> [SurveyFollowUpDTO] {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await SurveyFollowUpDTO.all(of: unit, on: req.db)
    }

    func addFollowUp(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let input = try req.content.decode(SurveyFollowUpService.Input.self)
        let row = try await req.writeAsUser { actor, db in try await SurveyFollowUpService.add(input, unit: unit, by: actor, on: db) }
        return try await SurveyFollowUpDTO(row).encodeResponse(status: .created, for: req)
    }

    struct StatusBody: Content {
        var status: String?
    }

    func setFollowUpStatus(req: Request) async throws -> SurveyFollowUpDTO {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let row = try await Self.followUp(req, unit: unit)
        let status = try req.content.decode(StatusBody.self).status
        try await req.writeAsUser { actor, db in try await SurveyFollowUpService.setStatus(row, status, unit: unit, by: actor, on: db) }
        return SurveyFollowUpDTO(row)
    }

    struct ProfileBody: Content {
        var maklumat: String?
        var standar: String?
    }

    func publish(req: Request) async throws -> HTTPStatus {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let body = try req.content.decode(ProfileBody.self)
        try await req.writeAsUser { actor, db in
            try await SurveyFollowUpService.publish(maklumat: body.maklumat, standar: body.standar, unit: unit, by: actor, on: db)
        }
        return .noContent
    }

    func addFollowUpForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let input = try req.content.decode(SurveyFollowUpService.Input.self)
        return try await attempt(unit, values: FormState.values(of: input), req: req) { actor, db in
            _ = try await SurveyFollowUpService.add(input, unit: unit, by: actor, on: db)
        }
    }

    func setFollowUpStatusForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let row = try await Self.followUp(req, unit: unit)
        let status = try req.content.decode(StatusBody.self).status
        return try await attempt(unit, values: [:], req: req) { actor, db in
            try await SurveyFollowUpService.setStatus(row, status, unit: unit, by: actor, on: db)
        }
    }

    func publishForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let body = try req.content.decode(ProfileBody.self)
        return try await attempt(unit, values: FormState.values(of: body), req: req) { actor, db in
            try await SurveyFollowUpService.publish(maklumat: body.maklumat, standar: body.standar, unit: unit, by: actor, on: db)
        }
    }

    /// Runs a change and returns to the survey page; a refusal shows it with the reason.
    private func attempt(
        _ unit: WorkUnit, values: [String: String], req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await WebPage.attempt(req, redirectTo: SitePath.unitSurvey.path(unit.id!), values: values, body) { form, status in
            try await renderPage(unit, form: form, req: req, status: status)
        }
    }

    private static func followUp(_ req: Request, unit: WorkUnit) async throws -> SurveyFollowUp {
        guard let id = req.parameters.get("followUpID", as: UUID.self), let row = try await SurveyFollowUp.find(id, on: req.db),
            row.$unit.id == unit.id
        else { throw AppError.notFound }
        return row
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
            service.$unit.id == unit.id
        else { throw AppError.notFound }
        let body = try req.content.decode(ServiceBody.self)
        _ = try await req.writeAsUser { actor, db in try await Self.save(service, body, unit: unit, by: actor, on: db) }
        return .noContent
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let results: SurveyResults
        let overallText: String?
        let followUps: [SurveyFollowUpDTO]
        let elements: [Choice]
        let statuses: [Choice]
        let profile: [String: String]
        /// The published PDFs: kind → the uploaded file's name.
        let documents: [String: String]
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
        return try await WebPage.submit(
            req, typed: body,
            show: { form, status in
                try await renderPage(unit, form: form, req: req, status: status)
            }
        ) {
            _ = try await req.writeAsUser { actor, db in try await Self.save(SurveyService(), body, unit: unit, by: actor, on: db) }
            return WebPage.redirect(req, to: SitePath.unitSurvey.path(unit.id!), notice: "saved")
        }
    }

    func renderPage(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let (from, to) = try SurveyResults.period(req)
        let results = try await SurveyResults.load(unit: unit, from: from, to: to, on: req.db)
        let lowest = Set(results.overall?.lowestElements ?? [])
        let profile = try await PublicProfile.query(on: req.db).filter(\.$unit.$id == unit.id!).first()
        let view = PageView(
            unit: UnitDTO(unit), results: results, overallText: results.overall?.summary(names: req.names),
            followUps: try await SurveyFollowUpDTO.all(of: unit, on: req.db),
            elements: SKMElement.allCases.map { element in
                let chosen: String? = form.values["element"]
                return Choice(
                    value: element.rawValue,
                    label: "\(element.code) \(element.name)" + (lowest.contains(element) ? " (terendah)" : ""),
                    selected: chosen.map { $0 == element.rawValue } ?? lowest.contains(element))
            },
            statuses: FollowUpStatus.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: false) },
            profile: [
                "maklumat": form.values["maklumat"] ?? profile?.maklumat ?? "", "standar": form.values["standar"] ?? profile?.standar ?? "",
            ],
            documents: Dictionary(
                uniqueKeysWithValues: try await PublicDocument.query(on: req.db).filter(\.$unit.$id == unit.id!).all()
                    .map { ($0.kind.rawValue, $0.fileName) }),
            canManage: try await req.may(.handleComplaints, on: unit.accessTarget), form: form)
        return try await WebPage.render("survey/index", title: req.t("survey.title"), view, req: req, status: status)
    }

    /// Checks and stores a service's name, expected users and whether it is surveyed.
    private static func save(
        _ service: SurveyService, _ body: ServiceBody, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> SurveyService {
        var validator = Validator()
        let name = validator.required("name", body.name, max: 200)
        var population: Int?
        if let text = body.population?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            population = Int(text)
            // Bounded so that summing every service's population cannot overflow.
            if population == nil || !(1...100_000_000).contains(population!) { validator.add("population", "validation.population") }
        }
        try validator.check()
        if service.id == nil || service.name != name!,
            try await SurveyService.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$name == name!).count() > 0
        {
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
