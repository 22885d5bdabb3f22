import Vapor
import ZICore

/// The TPN submission checklist: `/units/{id}/prerequisites` (page) and
/// `/api/v1/units/{id}/prerequisites/{year}` (JSON).
struct PrerequisiteController {
    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitPrerequisitesYear, use: showJSON)
        routes.put(.unitPrerequisitesYear, use: saveJSON)
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitPrerequisites, use: showPage)
        routes.post(.unitPrerequisites, use: savePage)
    }

    private func year(_ raw: String?) throws -> Int {
        guard let year = raw.flatMap({ Int($0) }), AssessmentService.years.contains(year) else {
            throw AppError.validation([FieldError(field: "year", key: "validation.year")])
        }
        return year
    }

    func showJSON(req: Request) async throws -> PrerequisiteChecklist {
        try await PrerequisiteChecklist.load(
            unit: try await UnitVisibility.unit(req, requiring: .viewAssessment), year: try year(req.parameters.get("year")), req: req)
    }

    struct Body: Content {
        var values: [String: String]?
        var notes: [String: String]?
    }

    func saveJSON(req: Request) async throws -> PrerequisiteChecklist {
        let unit = try await UnitVisibility.unit(req, requiring: .viewAssessment)
        let year = try year(req.parameters.get("year"))
        let body = try req.content.decode(Body.self)
        try await PrerequisiteChecklist.save(values: body.values ?? [:], notes: body.notes ?? [:], unit: unit, year: year, req: req)
        return try await PrerequisiteChecklist.load(unit: unit, year: year, req: req)
    }

    struct PageView: Encodable {
        /// A checklist line with whether the requester may change it and its error, if any.
        struct Row: Encodable {
            let line: PrerequisiteChecklist.Line
            let editable: Bool
            let value: String
            let error: String?
        }

        let unit: UnitDTO
        let checklist: PrerequisiteChecklist
        let rows: [Row]
        let canEdit: Bool
        let form: FormState
    }

    func showPage(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewAssessment)
        let year = (try? year(req.query[String.self, at: "year"])) ?? req.clock.today().year
        return try await render(unit, year: year, form: FormState(), req: req)
    }

    func savePage(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewAssessment)
        let fields = try req.content.decode([String: String].self)
        let year = try year(fields["year"])
        var values: [String: String] = [:], notes: [String: String] = [:]
        for (key, value) in fields {
            if key.hasPrefix("val:") { values[String(key.dropFirst(4))] = value }
            if key.hasPrefix("note:") { notes[String(key.dropFirst(5))] = value }
        }
        do {
            try await PrerequisiteChecklist.save(values: values, notes: notes, unit: unit, year: year, req: req)
            return WebPage.redirect(req, to: SitePath.unitPrerequisites.path(unit.id!) + "?year=\(year)", notice: "saved")
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await render(
                unit, year: year, form: FormState(values: fields, error: error, req: req), req: req,
                status: error.status)
        }
    }

    private func render(_ unit: WorkUnit, year: Int, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let checklist = try await PrerequisiteChecklist.load(unit: unit, year: year, req: req)
        let canEditUnit = try await req.may(.managePrerequisites, on: unit.accessTarget)
        let canEditInstansi = try await req.may(.managePrerequisites, on: .instansi(unit.$instansi.id))
        let rows = checklist.lines.map { line in
            PageView.Row(
                line: line, editable: line.level == "unit" ? canEditUnit : canEditInstansi,
                value: form.values["val:\(line.id)"] ?? line.value ?? "", error: form.errors[line.id])
        }
        let view = PageView(
            unit: UnitDTO(unit), checklist: checklist, rows: rows,
            canEdit: canEditUnit || canEditInstansi, form: form)
        return try await WebPage.render(
            "assessments/prerequisites", title: req.t("prerequisites.title"), view,
            req: req, status: status)
    }
}
