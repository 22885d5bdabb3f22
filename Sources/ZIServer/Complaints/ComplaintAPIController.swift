import Fluent
import Vapor
import ZICore

/// `/api/v1/…/complaints`: staff handling of public complaints — list (status, overdue,
/// search, pages), entry of complaints received by other channels, the detail with its
/// history, moving through the stages, public replies and internal notes, the monthly report
/// and the CSV export.
struct ComplaintAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitComplaints, use: list)
        routes.post(.unitComplaints, use: enter)
        routes.get(.unitComplaintsReport, use: report)
        routes.get(.unitComplaintsExportCsv, use: export)
        routes.get(.complaint, use: show)
        routes.get(.complaintAttachment, use: ComplaintAccess.attachment)
        routes.post(.complaintMove, use: move)
        routes.post(.complaintReplies, use: reply)
        routes.post(.complaintTrack, use: track)
    }

    func list(req: Request) async throws -> ListPage<ComplaintSummaryDTO> {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        let page = try PageRequest(req)
        let today = req.clock.today()
        var query = Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!)
        if let status = req.query[String.self, at: "status"], !status.isEmpty { query = query.filter(\.$status == status) }
        if req.query[Bool.self, at: "overdue"] == true { query = query.filter(\.$dueOn < today.description) }
        if let q = req.query[String.self, at: "q"]?.trimmingCharacters(in: .whitespaces), !q.isEmpty {
            query = query.group(.or) { $0.filter(\.$subject, containsIgnoringCase: q).filter(\.$number ~~ q) }
        }
        let total = try await query.count()
        let items = try await query.sort(\.$receivedOn, .descending).sort(\.$number, .descending)
            .range(page.offset..<(page.offset + page.per)).all()
        return ListPage(items: items.map { ComplaintSummaryDTO($0, today: today) }, page: page.page, per: page.per, total: total)
    }

    /// A complaint received by another channel; the answer carries the tracking code to pass on.
    func enter(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let input = try req.content.decode(ComplaintInput.self).checked()
        let (complaint, code) = try await ComplaintFiling.file(
            input, unit: unit, deadlines: try await ComplaintRules.of(unit.id!, on: req.db).deadlines,
            by: try req.currentUser().actor, req: req)
        struct Filed: Content {
            let complaint: ComplaintSummaryDTO
            let trackingCode: String
        }
        return try await Filed(complaint: ComplaintSummaryDTO(complaint, today: req.clock.today()), trackingCode: code.description)
            .encodeResponse(status: .created, for: req)
    }

    func show(req: Request) async throws -> ComplaintDetailDTO {
        let (complaint, _) = try await ComplaintAccess.load(req)
        return try await ComplaintAccess.detail(complaint, on: req.db)
    }

    struct MoveBody: Content {
        var status: String?
        var reason: String?
        var assigneeID: UUID?
    }

    func move(req: Request) async throws -> ComplaintDetailDTO {
        let (complaint, unit) = try await ComplaintAccess.load(req, .handleComplaints)
        let body = try req.content.decode(MoveBody.self)
        guard let status = body.status.flatMap(ComplaintStatus.init(rawValue:)) else {
            throw AppError.validation([FieldError(field: "status", key: "validation.choice")])
        }
        if let assignee = body.assigneeID {
            let eligible = try await PeoplePicker.ids(of: unit, on: req.db)
            guard eligible.contains(assignee) else {
                throw AppError.validation([FieldError(field: "assigneeID", key: "validation.pic_unknown")])
            }
        }
        try await req.writeAsUser { actor, db in
            try await ComplaintService.move(
                complaint, to: status, reason: body.reason, assignee: body.assigneeID, unit: unit,
                today: req.clock.today(), by: actor, on: db)
        }
        return try await ComplaintAccess.detail(complaint, on: req.db)
    }

    struct ReplyBody: Content {
        var text: String?
        /// True for a reply the public sees; false for an internal note.
        var isPublic: Bool?
        /// True for the unit's follow-up (public, while diproses): it waits for the reporter.
        var isFollowUp: Bool?
    }

    func reply(req: Request) async throws -> ComplaintDetailDTO {
        let (complaint, unit) = try await ComplaintAccess.load(req, .handleComplaints)
        let body = try req.content.decode(ReplyBody.self)
        try await req.writeAsUser { actor, db in
            try await ComplaintService.write(
                body.text, publicly: body.isPublic ?? false, asFollowUp: body.isFollowUp ?? false, complaint: complaint, unit: unit,
                today: req.clock.today(), by: actor, on: db)
        }
        return try await ComplaintAccess.detail(complaint, on: req.db)
    }

    struct TrackBody: Content {
        /// `biasa` or `pemeriksaan` (``ComplaintTrack``).
        var track: String?
        /// Why the complaint needs an investigation (required for `pemeriksaan`).
        var reason: String?

        func checkedTrack() throws -> ComplaintTrack {
            guard let track = track.flatMap(ComplaintTrack.init(rawValue:)) else {
                throw AppError.validation([FieldError(field: "track", key: "validation.choice")])
            }
            return track
        }
    }

    func track(req: Request) async throws -> ComplaintDetailDTO {
        let (complaint, unit) = try await ComplaintAccess.load(req, .handleComplaints)
        let body = try req.content.decode(TrackBody.self)
        let track = try body.checkedTrack()
        try await req.writeAsUser { actor, db in
            try await ComplaintFollowUp.choose(track, reason: body.reason, complaint: complaint, unit: unit, by: actor, on: db)
        }
        return try await ComplaintAccess.detail(complaint, on: req.db)
    }

    /// `?period=2026-Q1` (a month `M03`, a quarter `Q1` or a half year `S2`) or `?month=YYYY-MM`
    /// (default this month): see ``ComplaintReport``.
    func report(req: Request) async throws -> ComplaintReport {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await ComplaintReport.make(
            unit: unit, period: try req.reportPeriod(), today: req.clock.today(), names: req.names, on: req.db)
    }

    /// The unit's complaints received in `?from=&to=` (YYYY-MM-DD) as CSV, in the fields
    /// SP4N-LAPOR! uses.
    func export(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        let complaints = try await ComplaintReport.received(req, unit: unit)
        return Download.data(
            Data(ComplaintCSV.render(complaints).utf8), type: HTTPMediaType(type: "text", subType: "csv"),
            fileName: "pengaduan-\(unit.code).csv")
    }
}
