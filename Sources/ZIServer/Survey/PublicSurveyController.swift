import Fluent
import Vapor
import ZICore

/// The public questionnaire (no account): the unit's services, the nine questions with the
/// regulation's answer wording, the profile and a comment; one response per submission,
/// limited per address (without keeping it) and guarded by a honeypot field.
struct PublicSurveyController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.publicSurveyServices, use: services)
        routes.get(.publicSurveyThanks, use: thanks)
        routes.get(.publicSurvey, use: form)
        routes.post(.publicSurvey, use: submit)
    }

    struct ServicesView: Encodable {
        struct Service: Encodable {
            let id: UUID
            let name: String
        }

        let unitID: UUID
        let unitName: String
        let services: [Service]
    }

    func services(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        let services = try await SurveyService.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$isActive == true)
            .sort(\.$name).all()
        return try await WebPage.render(
            "public/survey-services", title: req.t("title.survey_services"),
            ServicesView(
                unitID: unit.id!, unitName: unit.name,
                services: services.map { .init(id: $0.id!, name: $0.name) }), req: req)
    }

    struct FormView: Encodable {
        struct Question: Encodable {
            let field: String
            let code: String
            let question: String
            let answers: [Choice]
            let error: String?
        }

        let unitID: UUID
        let unitName: String
        let serviceID: UUID
        let serviceName: String
        let questions: [Question]
        let ageGroups: [Choice]
        let sexes: [Choice]
        let educations: [Choice]
        let occupations: [Choice]
        let form: FormState
    }

    func form(req: Request) async throws -> Response {
        let (unit, service) = try await load(req)
        return try await render(unit, service, form: FormState(), req: req)
    }

    func submit(req: Request) async throws -> Response {
        let (unit, service) = try await load(req)
        let input = try req.content.decode(SurveyAnswerInput.self)
        do {
            let thanks = SitePath.publicSurveyThanks.path(unit.id!)
            if let trap = try? req.content.get(String.self, at: "website"), !trap.isEmpty { return req.redirect(to: thanks) }
            let answer = try input.checked()
            try req.application.publicRateLimiter.admit(req)
            try await req.application.groupCommit.run { db in
                try await SurveyRecording.record(answer, service: service, day: req.clock.today(), on: db)
            }
            return req.redirect(to: thanks)
        } catch let error as AppError {
            return try await render(unit, service, form: FormState(input, error: error, req: req), req: req, status: error.status)
        }
    }

    func thanks(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        return try await WebPage.render(
            "public/survey-thanks", title: req.t("title.thanks"),
            ServicesView(unitID: unit.id!, unitName: unit.name, services: []), req: req)
    }

    private func load(_ req: Request) async throws -> (WorkUnit, SurveyService) {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        guard let id = req.parameters.get("serviceID", as: UUID.self), let service = try await SurveyService.find(id, on: req.db),
            service.$unit.id == unit.id, service.isActive
        else { throw AppError.notFound }
        return (unit, service)
    }

    private func render(
        _ unit: WorkUnit, _ service: SurveyService, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let choices = { (field: String, values: [String]) in
            values.map { value in
                let label = SurveyProfile.namedFields[field].map { req.t("label.\($0).\(value)") } ?? value
                return Choice(value: value, label: label, selected: form.values[field] == value)
            }
        }
        let questions = SKMElement.allCases.map { element in
            FormView.Question(
                field: element.rawValue, code: element.code, question: element.question,
                answers: element.answers.enumerated().map { index, label in
                    Choice(value: String(index + 1), label: label, selected: form.values[element.rawValue] == String(index + 1))
                },
                error: form.errors[element.rawValue])
        }
        let view = FormView(
            unitID: unit.id!, unitName: unit.name, serviceID: service.id!, serviceName: service.name, questions: questions,
            ageGroups: choices("ageGroup", SurveyProfile.ageGroups), sexes: choices("sex", SurveyProfile.sexes),
            educations: choices("education", SurveyProfile.educations),
            occupations: choices("occupation", SurveyProfile.occupations), form: form)
        return try await WebPage.render("public/survey", title: req.t("title.survey_form", [service.name]), view, req: req, status: status)
    }
}
