import Fluent
import Vapor
import ZICore

/// The handlers' JSON API (`/api/v1/wbs/…`, bearer token): unlock the key for the token's
/// session (TOTP code + WBS key password) and lock it, list and read reports, move them, write
/// to the reporter, keep notes, add or remove handlers, set the retention, download attachments;
/// and a unit's statistics for monev (`/api/v1/units/{unitID}/wbs/statistics?period=2026-Q1`).
/// Keys are made and recovered on the web pages only, where the recovery code is shown once.
struct WBSAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.marked(.handler)
        api.post(.wbsUnlock, use: unlock)
        api.post(.wbsLock, use: lock)
        api.get(.wbsReports, use: list)
        api.get(.wbsReport, use: show)
        api.post(.wbsReportStatus, use: move)
        api.post(.wbsReportMessages, use: message)
        api.post(.wbsReportNotes, use: note)
        api.post(.wbsReportHandlers, use: addHandler)
        api.delete(.wbsReportHandler, use: removeHandler)
        api.put(.wbsReportRetention, use: retention)
        api.get(.wbsReportAttachment, use: WBSAttachmentDownload.response)
        api.get(.unitWbsStatistics, use: statistics)
    }

    /// A request body with optional text fields (checked by the services).
    struct Body: Content {
        var code: String?
        var password: String?
        var status: String?
        var reason: String?
        var text: String?
        var kind: String?
        var userID: UUID?
        var months: Int?
    }

    func unlock(req: Request) async throws -> HTTPStatus {
        let current = try await WBSKeyWebController.handler(req)
        let body = try req.content.decode(Body.self)
        try await WBSKeyService.unlock(for: current, code: body.code ?? "", password: body.password ?? "", app: req.application)
        return .noContent
    }

    func lock(req: Request) async throws -> HTTPStatus {
        req.application.wbsKeyVault.forget(sessionID: try req.currentUser().sessionID)
        return .noContent
    }

    func list(req: Request) async throws -> [WBSReportSummaryDTO] {
        try await WBSCaseAccess.list(req)
    }

    func show(req: Request) async throws -> WBSReportDetailDTO {
        try await WBSCaseService.detail(try await WBSCaseAccess.open(req), on: req.db)
    }

    func move(req: Request) async throws -> WBSReportDetailDTO {
        try await act(req) { opened, current, body in
            try await WBSCaseService.move(opened, to: body.status, reason: body.reason, by: current, app: req.application)
        }
    }

    func message(req: Request) async throws -> WBSReportDetailDTO {
        try await act(req) { opened, current, body in
            try await WBSCaseService.write(opened, text: body.text, kind: body.kind, by: current, app: req.application)
        }
    }

    func note(req: Request) async throws -> WBSReportDetailDTO {
        try await act(req) { opened, current, body in
            try await WBSCaseService.note(opened, text: body.text, by: current, app: req.application)
        }
    }

    func addHandler(req: Request) async throws -> WBSReportDetailDTO {
        try await act(req) { opened, current, body in
            try await WBSCaseService.addHandler(opened, userID: body.userID, by: current, app: req.application)
        }
    }

    func removeHandler(req: Request) async throws -> WBSReportDetailDTO {
        try await act(req) { opened, current, _ in
            try await WBSCaseService.removeHandler(
                opened, userID: req.parameters.get("userID", as: UUID.self), by: current, app: req.application)
        }
    }

    func retention(req: Request) async throws -> WBSReportDetailDTO {
        try await act(req) { opened, current, body in
            try await WBSCaseService.setRetention(opened, months: body.months.map(String.init), by: current, app: req.application)
        }
    }

    func statistics(req: Request) async throws -> WBSStatisticsDTO {
        let unit = try await UnitVisibility.unit(req, requiring: .viewWhistleblowingStatistics)
        return try await WBSStatisticsDTO.make(unit: unit, period: try WBSStatisticsDTO.period(req), on: req.db)
    }

    /// Runs a change on the opened report and answers the report as it is afterwards.
    private func act(_ req: Request, _ change: (WBSCaseAccess.Opened, CurrentUser, Body) async throws -> Void) async throws
        -> WBSReportDetailDTO
    {
        let opened = try await WBSCaseAccess.open(req)
        let body = req.method == .DELETE ? Body() : try req.content.decode(Body.self)
        try await change(opened, try req.currentUser(), body)
        return try await WBSCaseService.detail(try await WBSCaseAccess.open(req), on: req.db)
    }
}
