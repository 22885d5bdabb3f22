import Fluent
import Vapor
import ZICore

/// The handlers' pages: the reports of the units they handle, one report with its conversation,
/// internal notes, status, handlers and retention, the attachments (decrypted while they stream),
/// and a unit's statistics. A handler without keys is sent to make them, one whose key is not
/// unlocked in this session to unlock it (TOTP + password). Logged by route pattern only, never cached.
struct WBSHandlerWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.marked(.handler)
        pages.get(.wbs, use: index)
        pages.get(.wbsReport, use: show)
        pages.post(.wbsReportStatus, use: move)
        pages.post(.wbsReportMessages, use: message)
        pages.post(.wbsReportNotes, use: note)
        pages.post(.wbsReportHandlers, use: addHandler)
        pages.post(.wbsReportHandlersRemove, use: removeHandler)
        pages.post(.wbsReportRetention, use: retention)
        pages.get(.wbsReportAttachment, use: attachment)
        pages.get(.unitWbsStatistics, use: statistics)
    }

    struct IndexView: Encodable {
        let reports: [WBSReportSummaryDTO]
        let units: [UnitDTO]
    }

    func index(req: Request) async throws -> Response {
        try await Self.handlerPage(req) {
            let reports = try await WBSCaseAccess.list(req)
            let units = try await WBSHandlerDirectory.units(for: req).map(UnitDTO.init)
            return try await WebPage.render(
                "wbs/index", title: req.t("title.wbs_reports"), IndexView(reports: reports, units: units), req: req)
        }
    }

    struct ReportView: Encodable {
        let detail: WBSReportDetailDTO
        let next: [Choice]
        let candidates: [Choice]
        let recipients: [Choice]
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        try await Self.handlerPage(req) { try await render(try await WBSCaseAccess.open(req), form: FormState(), req: req) }
    }

    private func render(_ opened: WBSCaseAccess.Opened, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let detail = try await WBSCaseService.detail(opened, on: req.db)
        let recipients = try await WBSReportHandler.query(on: req.db).filter(\.$report.$id == opened.report.id!).with(\.$user).all()
        let recipientIDs = Set(recipients.map { $0.$user.id })
        let ready = try await WBSHandlerDirectory.ready(for: opened.unit, on: req.db)
        let view = ReportView(
            detail: detail,
            next: detail.next.compactMap(WhistleblowingStatus.init(rawValue:)).map {
                Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == form.values["status"])
            },
            candidates: ready.filter { !recipientIDs.contains($0.userID) }.map {
                Choice(value: $0.userID.uuidString, label: $0.displayName, selected: false)
            },
            recipients: recipients.map { Choice(value: $0.$user.id.uuidString, label: $0.user.displayName, selected: false) },
            form: form)
        return try await WebPage.render("wbs/report", title: req.t("title.wbs_report"), view, req: req, status: status)
    }

    func move(req: Request) async throws -> Response {
        try await act(req) { opened, current, fields in
            try await WBSCaseService.move(opened, to: fields["status"], reason: fields["reason"], by: current, app: req.application)
        }
    }

    func message(req: Request) async throws -> Response {
        try await act(req) { opened, current, fields in
            try await WBSCaseService.write(opened, text: fields["text"], kind: fields["kind"], by: current, app: req.application)
        }
    }

    func note(req: Request) async throws -> Response {
        try await act(req) { opened, current, fields in
            try await WBSCaseService.note(opened, text: fields["noteText"], by: current, app: req.application)
        }
    }

    func addHandler(req: Request) async throws -> Response {
        try await act(req) { opened, current, fields in
            try await WBSCaseService.addHandler(
                opened, userID: fields["userID"].flatMap(UUID.init(uuidString:)), by: current, app: req.application)
        }
    }

    func removeHandler(req: Request) async throws -> Response {
        try await act(req) { opened, current, fields in
            try await WBSCaseService.removeHandler(
                opened, userID: fields["removeUserID"].flatMap(UUID.init(uuidString:)), by: current,
                app: req.application)
        }
    }

    func retention(req: Request) async throws -> Response {
        try await act(req) { opened, current, fields in
            try await WBSCaseService.setRetention(opened, months: fields["months"], by: current, app: req.application)
        }
    }

    func attachment(req: Request) async throws -> Response {
        try await Self.handlerPage(req) { try await WBSAttachmentDownload.response(req) }
    }

    struct StatisticsView: Encodable {
        struct Row: Encodable {
            let label: String
            let count: Int
        }

        let unit: UnitDTO
        let statistics: WhistleblowingStatistics
        let byStatus: [Row]
        let allTime: [Row]
        let periods: [Choice]
    }

    func statistics(req: Request) async throws -> Response {
        let names = req.names
        let unit = try await UnitVisibility.unit(req, requiring: .viewWhistleblowingStatistics)
        let period = try WBSStatisticsDTO.period(req)
        let dto = try await WBSStatisticsDTO.make(unit: unit, period: period, on: req.db)
        let rows = { (counts: [String: Int]) in
            WhistleblowingStatus.allCases.map { StatisticsView.Row(label: names($0), count: counts[$0.rawValue] ?? 0) }
        }
        let periods = [MonitoringCadence.triwulan, .semester, .bulanan].flatMap { $0.periods(year: period.year) }.map {
            Choice(value: $0.key, label: names($0), selected: $0 == period)
        }
        let view = StatisticsView(
            unit: UnitDTO(unit), statistics: dto.statistics, byStatus: rows(dto.statistics.byStatus),
            allTime: rows(dto.allTimeByStatus), periods: periods)
        return try await WebPage.render("wbs/statistics", title: req.t("title.wbs_statistics"), view, req: req)
    }

    /// Runs a change on the opened report with the posted fields; success returns to the report,
    /// a refusal shows it again with the reason and what was typed.
    private func act(_ req: Request, _ change: (WBSCaseAccess.Opened, CurrentUser, [String: String]) async throws -> Void) async throws
        -> Response
    {
        try await Self.handlerPage(req) {
            let opened = try await WBSCaseAccess.open(req)
            let fields = (try? req.content.decode([String: String].self)) ?? [:]
            do {
                try await change(opened, try req.currentUser(), fields)
                return WebPage.redirect(req, to: SitePath.wbsReport.path(opened.report.id!), notice: "saved")
            } catch let error as AppError where error.status != .forbidden && error.status != .internalServerError {
                return try await render(
                    try await WBSCaseAccess.open(req), form: FormState(values: fields, error: error, req: req), req: req,
                    status: error.status)
            }
        }
    }

    /// Runs a handler page: without keys the handler is sent to make them, with a locked key to
    /// unlock it (and back here afterwards).
    static func handlerPage(_ req: Request, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as AppError where error.code == WBSError.keysMissing.code {
            return req.redirect(to: SitePath.wbsKeys.path())
        } catch let error as AppError where error.code == WBSError.locked.code {
            let back = req.method == .GET ? req.url.path : SitePath.wbs.path()
            return req.redirect(
                to: SitePath.wbsUnlock.path() + "?next="
                    + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? SitePath.wbs.path()))
        }
    }
}
