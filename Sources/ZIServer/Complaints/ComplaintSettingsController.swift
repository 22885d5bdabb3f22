import Vapor
import ZICore

/// A unit's complaint rules (time limits in working days, contact required or not):
/// `GET|POST /units/:unitID/complaints/settings` and `GET|PUT /api/v1/units/:unitID/complaints/settings`.
/// The unit's complaint staff read them; those who handle complaints change them.
struct ComplaintSettingsController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitComplaintsSettings, use: page)
        routes.post(.unitComplaintsSettings, use: save)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitComplaintsSettings, use: read)
        routes.put(.unitComplaintsSettings, use: update)
    }

    func read(req: Request) async throws -> ComplaintRules {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await ComplaintRules.of(unit.id!, on: req.db)
    }

    func update(req: Request) async throws -> ComplaintRules {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let rules = try req.content.decode(ComplaintRules.Input.self).checked()
        try await req.writeAsUser { actor, db in try await rules.save(for: unit, by: actor, on: db) }
        return rules
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let canEdit: Bool
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        let rules = try await ComplaintRules.of(unit.id!, on: req.db)
        let values = [
            "verifyDays": rules.verifyDays, "followUpDays": rules.followUpDays, "investigationDays": rules.investigationDays,
            "reporterSilenceDays": rules.reporterSilenceDays,
        ].mapValues(String.init)
        return try await render(
            unit, form: FormState(values: values.merging(["requireContact": rules.requireContact ? "on" : ""]) { $1 }),
            req: req)
    }

    func save(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let input = try req.content.decode(ComplaintRules.Input.self)
        return try await WebPage.attempt(
            req, redirectTo: SitePath.unitComplaintsSettings.path(unit.id!), values: FormState.values(of: input)
        ) {
            actor, db in
            try await input.checked().save(for: unit, by: actor, on: db)
        } show: { form, status in
            try await render(unit, form: form, req: req, status: status)
        }
    }

    private func render(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let view = PageView(unit: UnitDTO(unit), canEdit: try await req.may(.handleComplaints, on: unit.accessTarget), form: form)
        return try await WebPage.render("complaints/settings", title: req.t("complaint.settings"), view, req: req, status: status)
    }
}
