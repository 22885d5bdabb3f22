import Fluent
import Vapor
import ZICore

/// Gratification control: an employee reports a gift received or refused (with attachments)
/// and follows their own reports; the unit's UPG sees every report of the unit with the
/// deadline of each step, moves them to KPK and records KPK's decision and the handover, keeps
/// the campaign log and reads the monthly report. Pages under `/units/:unitID/gratification`,
/// API under `/api/v1/units/:unitID/gratification`.
struct GratificationController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitGratification, use: page)
        routes.on(.POST, .unitGratification, body: .stream, use: fileForm).userInfo[CSRFProtection.checkedByRoute] = true
        routes.post(.unitGratificationCampaigns, use: campaignForm)
        routes.get(.gratification, use: show)
        routes.post(.gratificationMove, use: moveForm)
        routes.get(.gratificationAttachment, use: attachment)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitGratification, use: list)
        routes.post(.unitGratification, use: fileJSON)
        routes.get(.unitGratificationReport, use: monthly)
        routes.post(.unitGratificationCampaigns) { req -> HTTPStatus in
            let unit = try await UnitVisibility.unit(req, requiring: .manageGratification)
            let fields = try req.content.decode([String: String].self)
            try await req.writeAsUser { actor, db in try await GratificationService.addCampaign(fields, unit: unit, by: actor, on: db) }
            return .created
        }
        routes.get(.gratification) { req in try await detail(try await Self.load(req, upg: false), req: req) }
        routes.post(.gratificationMove) { req -> GratificationDTO in
            let (report, unit) = try await Self.load(req, upg: true)
            try await Self.move(report, unit: unit, fields: try req.content.decode([String: String].self), req: req)
            return try await detail((report, unit), req: req)
        }
        routes.get(.gratificationAttachment, use: attachment)
    }

    // MARK: API

    func list(req: Request) async throws -> [GratificationDTO] {
        let unit = try await UnitVisibility.unit(req, requiring: .reportGratification)
        return try await Self.reports(of: unit, req: req)
    }

    func fileJSON(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .reportGratification)
        let fields = try req.content.decode([String: String].self)
        let report = try await Self.file(fields, attachments: [], unit: unit, req: req)
        return try await detail((report, unit), req: req).encodeResponse(status: .created, for: req)
    }

    func monthly(req: Request) async throws -> GratificationMonthlyReport {
        let unit = try await UnitVisibility.unit(req, requiring: .manageGratification)
        let month = try req.reportPeriod()
        return try await GratificationMonthlyReport.make(unit: unit, period: month, req: req)
    }

    // MARK: Pages

    struct PageView: Encodable {
        let unit: UnitDTO
        let isUPG: Bool
        let reports: [GratificationDTO]
        let monthly: GratificationMonthlyReport?
        let campaigns: [GratificationCampaignDTO]
        let kinds: [Choice]
        let relations: [Choice]
        let forms: [Choice]
        let categories: [Choice]
        let rulesSource: String?
        let rulesNeedVerification: Bool
        let maxFiles: Int
        let filed: GratificationDTO?
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .reportGratification)
        return try await render(unit, filed: nil, form: FormState(), req: req)
    }

    func fileForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .reportGratification)
        var typed: [String: String] = [:]
        return try await WebPage.submit(
            req, values: typed,
            show: { form, status in
                try await render(
                    unit, filed: nil, form: form, req: req, status: status)
            }
        ) {
            let form = try await AttachedForm.receive(req, typed: &typed) { fields in
                try CSRFProtection.verify(fields[CSRFProtection.fieldName], for: req)
            }
            let report = try await Self.file(form.fields, attachments: form.attachments, unit: unit, req: req)
            return try await render(unit, filed: try await detail((report, unit), req: req), form: FormState(), req: req, status: .created)
        }
    }

    func campaignForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageGratification)
        let fields = try req.content.decode([String: String].self)
        return try await WebPage.attempt(req, redirectTo: SitePath.unitGratification.path(unit.id!), values: fields) { actor, db in
            try await GratificationService.addCampaign(fields, unit: unit, by: actor, on: db)
        } show: { form, status in
            try await render(unit, filed: nil, form: form, req: req, status: status)
        }
    }

    struct ShowView: Encodable {
        let unit: UnitDTO
        let report: GratificationDTO
        let isUPG: Bool
        /// For the UPG: the procedure of the rules in force on the day of receipt (missing
        /// documents, lateness), each with its source.
        let procedure: [String]
        let next: [Choice]
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        let loaded = try await Self.load(req, upg: false)
        return try await renderShow(loaded, form: FormState(), req: req)
    }

    func moveForm(req: Request) async throws -> Response {
        let (report, unit) = try await Self.load(req, upg: true)
        let fields = try req.content.decode([String: String].self)
        return try await WebPage.submit(
            req, values: fields,
            show: { form, status in
                try await renderShow(
                    (report, unit), form: form, req: req, status: status)
            }
        ) {
            try await Self.move(report, unit: unit, fields: fields, req: req)
            return WebPage.redirect(req, to: SitePath.gratification.path(report.id!), notice: "saved")
        }
    }

    func attachment(req: Request) async throws -> Response {
        let (report, _) = try await Self.load(req, upg: false)
        return try await Attachment.download(.gratification, id: report.id!, req: req)
    }

    // MARK: Helpers

    private static func file(
        _ fields: [String: String], attachments: [StoredFile], unit: WorkUnit,
        req: Request
    ) async throws -> GratificationReport {
        let reporter = try req.currentUser()
        let rules = req.application.gratificationRules
        return try await req.write { db in
            try await GratificationService.file(
                fields, attachments: attachments, reporter: reporter, unit: unit, rules: rules,
                today: req.clock.today(), on: db)
        }
    }

    private static func move(_ report: GratificationReport, unit: WorkUnit, fields: [String: String], req: Request) async throws {
        guard let status = fields["status"].flatMap(GratificationStatus.init(rawValue:)) else {
            throw AppError.validation([FieldError(field: "status", key: "validation.choice")])
        }
        try await req.writeAsUser { actor, db in
            try await GratificationService.move(report, to: status, fields: fields, unit: unit, today: req.clock.today(), by: actor, on: db)
        }
    }

    private func detail(_ loaded: (GratificationReport, WorkUnit), req: Request) async throws -> GratificationDTO {
        GratificationDTO(
            loaded.0, deadlines: .standard, calendar: try await req.application.holidayCache.calendar(on: req.db),
            today: req.clock.today(), attachments: try await Attachment.of(.gratification, id: loaded.0.id!, on: req.db))
    }

    /// The procedure the rules in force on the day of receipt set for a report, in words.
    private func procedure(_ report: GratificationReport, req: Request) async throws -> [String] {
        guard let received = CalendarDate(iso: report.receivedOn), let reported = CalendarDate(iso: report.reportedOn),
            let period = req.application.gratificationRules.period(on: received)
        else { return [] }
        let source = period.source
        var lines: [String] = []
        if let days = period.missingDocumentsWorkingDays {
            lines.append(req.t("gratification.procedure.documents", [String(days), source]))
        }
        if let limit = period.lateReportWorkingDays {
            let calendar = try await req.application.holidayCache.calendar(on: req.db)
            if let elapsed = period.lateness(receivedOn: received, reportedOn: reported, calendar: calendar) {
                lines.append(req.t("gratification.procedure.late", [String(elapsed), String(limit), source]))
            } else {
                lines.append(req.t("gratification.procedure.on_time", [String(limit), source]))
            }
        }
        if period.needsVerification { lines.append(req.t("gratification.procedure.unverified", [period.id])) }
        return lines
    }

    /// The unit's reports the requester may see: all for the UPG, their own for anyone else.
    private static func reports(of unit: WorkUnit, req: Request) async throws -> [GratificationDTO] {
        var query = GratificationReport.query(on: req.db).filter(\.$unit.$id == unit.id!)
        if try await !req.may(.manageGratification, on: unit.accessTarget) {
            query = query.filter(\.$reporter.$id == (try req.currentUser().id))
        }
        let calendar = try await req.application.holidayCache.calendar(on: req.db)
        let today = req.clock.today()
        let rows = try await query.sort(\.$reportedOn, .descending).range(0..<500).all()
            .map { GratificationDTO($0, deadlines: .standard, calendar: calendar, today: today) }
        return rows.filter(\.isOverdue) + rows.filter { !$0.isOverdue }
    }

    /// A report for a route: its reporter may read it; the unit's UPG may read and move it.
    static func load(_ req: Request, upg: Bool) async throws -> (GratificationReport, WorkUnit) {
        try await req.unitRecord(GratificationReport.self, "reportID", requiring: .manageGratification) { report, requester in
            !upg && report.$reporter.id == requester
        }
    }

    private func render(_ unit: WorkUnit, filed: GratificationDTO?, form: FormState, req: Request, status: HTTPStatus = .ok) async throws
        -> Response
    {
        let names = req.names
        let isUPG = try await req.may(.manageGratification, on: unit.accessTarget)
        let rules = req.application.gratificationRules.period(on: req.clock.today())
        func choices(_ values: [(String, String)], _ field: String) -> [Choice] {
            values.map { Choice(value: $0.0, label: $0.1, selected: form.values[field] == $0.0) }
        }
        let view = PageView(
            unit: UnitDTO(unit), isUPG: isUPG, reports: try await Self.reports(of: unit, req: req),
            monthly: isUPG
                ? try await GratificationMonthlyReport.make(
                    unit: unit, period: MonitoringCadence.bulanan.period(containing: req.clock.today()),
                    req: req) : nil,
            campaigns: isUPG ? try await GratificationCampaignDTO.all(of: unit, on: req.db) : [],
            kinds: choices(GratificationReportKind.allCases.map { ($0.rawValue, names($0)) }, "kind"),
            relations: choices(GiverRelation.allCases.map { ($0.rawValue, names($0)) }, "relation"),
            forms: choices(GratificationForm.allCases.map { ($0.rawValue, names($0)) }, "form"),
            categories: choices((rules?.categories ?? []).map { ($0.id, "\($0.clause) \($0.label)") }, "categoryID"),
            rulesSource: rules?.source, rulesNeedVerification: rules?.needsVerification ?? false, maxFiles: AttachedForm.maxFiles,
            filed: filed, form: form)
        return try await WebPage.render("gratification/index", title: req.t("gratification.title"), view, req: req, status: status)
    }

    private func renderShow(_ loaded: (GratificationReport, WorkUnit), form: FormState, req: Request, status: HTTPStatus = .ok) async throws
        -> Response
    {
        let names = req.names
        let report = try await detail(loaded, req: req)
        let isUPG = try await req.may(.manageGratification, on: loaded.1.accessTarget)
        let view = ShowView(
            unit: UnitDTO(loaded.1), report: report, isUPG: isUPG, procedure: isUPG ? try await procedure(loaded.0, req: req) : [],
            next: report.next.compactMap(GratificationStatus.init(rawValue:)).map {
                Choice(value: $0.rawValue, label: names($0), selected: form.values["status"] == $0.rawValue)
            }, form: form)
        return try await WebPage.render("gratification/show", title: req.t("gratification.title"), view, req: req, status: status)
    }
}

extension GratificationReport: UnitRecord { var unitID: UUID { $unit.id } }
