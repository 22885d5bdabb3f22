import Fluent
import Vapor
import ZICore

/// The unit's own IPAK and IPKP perception surveys: the public questionnaire per survey
/// (`/publik/{unitID}/persepsi/{ipak|ipkp}`, no account, rate-limited without keeping the
/// address, with a honeypot), and the estimates for staff (`/units/{unitID}/perception`, API
/// `/api/v1/units/{unitID}/perception?from=&to=`), always labelled as an internal forecast.
struct PerceptionSurveyController {
    func registerPublic(_ routes: any RoutesBuilder) {
        routes.get(.publicPerception, use: form)
        routes.post(.publicPerception, use: submit)
        routes.get(.publicPerceptionThanks, use: thanks)
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitPerception, use: page)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitPerception, use: results)
    }

    func results(req: Request) async throws -> PerceptionResults {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await load(unit, req: req)
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let results: PerceptionResults
    }

    func page(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await WebPage.render(
            "survey/perception", title: req.t("perception.title"),
            PageView(unit: UnitDTO(unit), results: try await load(unit, req: req)), req: req)
    }

    private func load(_ unit: WorkUnit, req: Request) async throws -> PerceptionResults {
        let (from, to) = try SurveyResults.period(req)
        return try await PerceptionResults.load(
            unit: unit, from: from, to: to,
            framework: try req.application.lke.entry(LKECatalog.defaultFrameworkID).framework, names: req.names, on: req.db)
    }

    struct FormView: Encodable {
        struct Question: Encodable {
            let field: String
            let text: String
            let answers: [Choice]
            let error: String?
        }

        struct Aspect: Encodable {
            let name: String
            let questions: [Question]
        }

        let unitID: UUID
        let unitName: String
        let survey: String
        let name: String
        let aspects: [Aspect]
        let form: FormState
    }

    func form(req: Request) async throws -> Response {
        let (unit, index) = try await load(req)
        return try await render(unit, index, form: FormState(), req: req)
    }

    func submit(req: Request) async throws -> Response {
        let (unit, index) = try await load(req)
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        let thanks = SitePath.publicPerceptionThanks.path(unit.id!, index.rawValue)
        if let trap = fields["website"], !trap.isEmpty { return req.redirect(to: thanks) }
        do {
            let answers = try Self.checked(fields, index: index)
            try req.application.publicRateLimiter.admit(req)
            let json = String(decoding: try JSONEncoder().encode(answers), as: UTF8.self)
            try await req.application.groupCommit.run { db in
                let row = PerceptionAnswer()
                row.$unit.id = unit.id!
                row.survey = index.rawValue
                row.answeredOn = req.clock.today().description
                row.answers = json
                try await row.create(on: db)
            }
            return req.redirect(to: thanks)
        } catch let error as AppError {
            return try await render(unit, index, form: FormState(values: fields, error: error, req: req), req: req, status: error.status)
        }
    }

    func thanks(req: Request) async throws -> Response {
        let (unit, index) = try await load(req)
        return try await WebPage.render(
            "public/perception-thanks", title: req.t("title.thanks"),
            FormView(
                unitID: unit.id!, unitName: unit.name, survey: index.rawValue, name: req.names(index),
                aspects: [], form: FormState()), req: req)
    }

    /// Every question answered with one of its four options.
    static func checked(_ fields: [String: String], index: PerceptionIndex) throws -> [String: Int] {
        var validator = Validator()
        var answers: [String: Int] = [:]
        for question in index.questions {
            if let score = fields[question.id].flatMap(Int.init), PerceptionQuestion.scoreRange.contains(score) {
                answers[question.id] = score
            } else {
                validator.add(question.id, "validation.survey_answer")
            }
        }
        try validator.check()
        return answers
    }

    private func load(_ req: Request) async throws -> (WorkUnit, PerceptionIndex) {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        guard let index = req.parameters.get("survey").flatMap(PerceptionIndex.init(rawValue:)) else { throw AppError.notFound }
        return (unit, index)
    }

    private func render(
        _ unit: WorkUnit, _ index: PerceptionIndex, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let aspects = index.aspects.map { aspect in
            FormView.Aspect(
                name: aspect.name,
                questions: aspect.questions.map { question in
                    FormView.Question(
                        field: question.id, text: question.text,
                        answers: question.answers.enumerated().map { number, label in
                            Choice(
                                value: String(number + 1), label: label,
                                selected: form.values[question.id] == String(number + 1))
                        },
                        error: form.errors[question.id])
                })
        }
        let name = req.names(index)
        let view = FormView(unitID: unit.id!, unitName: unit.name, survey: index.rawValue, name: name, aspects: aspects, form: form)
        return try await WebPage.render("public/perception", title: name, view, req: req, status: status)
    }
}
