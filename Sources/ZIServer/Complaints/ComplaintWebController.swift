import Fluent
import Vapor
import ZICore

/// The staff pages of complaints: a unit's complaints (status filter, overdue first, search)
/// with the entry form for other channels and the link to the public form; one complaint with
/// its history, the next steps and the reply form.
struct ComplaintWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitComplaints, use: index)
        routes.on(.POST, .unitComplaints, body: .stream, use: enter).userInfo[CSRFProtection.checkedByRoute] = true
        routes.get(.complaint, use: show)
        routes.get(.complaintAttachment, use: ComplaintAccess.attachment)
        routes.post(.complaintMove, use: move)
        routes.post(.complaintTrack, use: track)
        routes.post(.complaintReplies, use: reply)
    }

    struct IndexView: Encodable {
        let unit: UnitDTO
        let items: [ComplaintSummaryDTO]
        let total: Int
        let statuses: [Choice]
        let channels: [Choice]
        let kinds: [Choice]
        let canHandle: Bool
        let filed: String?
        let form: FormState
    }

    func index(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await render(unit, form: FormState(values: ["channel": "whatsapp"]), filed: nil, req: req)
    }

    /// A complaint received by another channel, with the files it came with.
    func enter(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let rules = try await ComplaintRules.of(unit.id!, on: req.db)
        var typed: [String: String] = [:]
        return try await WebPage.submit(
            req, values: typed,
            show: { form, status in
                try await render(
                    unit, form: form, filed: nil, req: req, status: status)
            }
        ) {
            var checked: ComplaintInput.Checked?
            let submission = try await AttachedForm.receive(req, typed: &typed) { fields in
                try CSRFProtection.verify(fields[CSRFProtection.fieldName], for: req)
                checked = try ComplaintInput(fields: fields).checked()
            }
            let (_, code) = try await ComplaintFiling.file(
                checked!, attachments: submission.attachments, unit: unit,
                deadlines: rules.deadlines, by: try req.currentUser().actor, req: req)
            return try await render(
                unit, form: FormState(values: ["channel": typed["channel"] ?? ""]), filed: code.description, req: req,
                status: .created)
        }
    }

    private func render(_ unit: WorkUnit, form: FormState, filed: String?, req: Request, status: HTTPStatus = .ok) async throws -> Response
    {
        let names = req.names
        let today = req.clock.today()
        let filter = req.query[String.self, at: "status"] ?? ""
        var query = Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!)
        if !filter.isEmpty { query = query.filter(\.$status == filter) }
        let complaints = try await query.sort(\.$receivedOn, .descending).sort(\.$number, .descending).range(0..<200).all()
        let items = complaints.map { ComplaintSummaryDTO($0, today: today) }
        let choices = { (values: [(String, String)], selected: String?) in
            values.map { Choice(value: $0.0, label: $0.1, selected: $0.0 == selected) }
        }
        let view = IndexView(
            unit: UnitDTO(unit), items: items.filter(\.isOverdue) + items.filter { !$0.isOverdue },
            total: try await Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!).count(),
            statuses: choices(ComplaintStatus.allCases.map { ($0.rawValue, names($0)) }, filter),
            channels: choices(ComplaintChannel.allCases.map { ($0.rawValue, names($0)) }, form.values["channel"]),
            kinds: choices(ComplaintKind.allCases.map { ($0.rawValue, names($0)) }, form.values["kind"]),
            canHandle: try await req.may(.handleComplaints, on: unit.accessTarget), filed: filed, form: form)
        return try await WebPage.render("complaints/index", title: req.t("complaint.title"), view, req: req, status: status)
    }

    struct ShowView: Encodable {
        let unit: UnitDTO
        let detail: ComplaintDetailDTO
        let next: [Choice]
        let people: [Choice]
        let canHandle: Bool
        let isOpen: Bool
        let tracks: [Choice]
        let followUpDays: Int
        let investigationDays: Int
        let silenceDays: Int
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        let (complaint, unit) = try await ComplaintAccess.load(req)
        return try await renderShow(complaint, unit: unit, form: FormState(), req: req)
    }

    private func renderShow(
        _ complaint: Complaint, unit: WorkUnit, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let names = req.names
        let detail = try await ComplaintAccess.detail(complaint, on: req.db)
        let isAssignee = complaint.$assignee.id == (try? req.currentUser().id)
        let rules = try await ComplaintRules.of(unit.id!, on: req.db)
        let view = ShowView(
            unit: UnitDTO(unit), detail: detail,
            next: detail.next.compactMap(ComplaintStatus.init(rawValue:)).map {
                Choice(value: $0.rawValue, label: names($0), selected: false)
            },
            people: try await PeoplePicker.choices(of: unit, selected: complaint.$assignee.id?.uuidString, on: req.db),
            canHandle: isAssignee ? true : try await req.may(.handleComplaints, on: unit.accessTarget),
            isOpen: ComplaintStatus(rawValue: complaint.status)?.isOpen ?? false,
            tracks: ComplaintTrack.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == complaint.track) },
            followUpDays: rules.followUpDays, investigationDays: rules.investigationDays, silenceDays: rules.reporterSilenceDays,
            form: form)
        return try await WebPage.render(
            "complaints/show", title: "\(req.t("complaint.title")) \(complaint.number)", view, req: req,
            status: status)
    }

    func move(req: Request) async throws -> Response {
        let (complaint, unit) = try await ComplaintAccess.load(req, .handleComplaints)
        let form = try req.content.decode(ComplaintAPIController.MoveBody.self)
        return try await attempt(complaint, unit: unit, values: FormState.values(of: form), req: req) { actor, db in
            guard let status = form.status.flatMap(ComplaintStatus.init(rawValue:)) else {
                throw AppError.validation([FieldError(field: "status", key: "validation.choice")])
            }
            try await ComplaintService.move(
                complaint, to: status, reason: form.reason, assignee: form.assigneeID, unit: unit,
                today: req.clock.today(), by: actor, on: db)
        }
    }

    func reply(req: Request) async throws -> Response {
        let (complaint, unit) = try await ComplaintAccess.load(req, .handleComplaints)
        let text = try? req.content.get(String.self, at: "text")
        let visibility = (try? req.content.get(String.self, at: "visibility")) ?? ""
        return try await attempt(complaint, unit: unit, values: ["text": text ?? "", "visibility": visibility], req: req) { actor, db in
            try await ComplaintService.write(
                text, publicly: ["public", "follow_up"].contains(visibility), asFollowUp: visibility == "follow_up", complaint: complaint,
                unit: unit,
                today: req.clock.today(), by: actor, on: db)
        }
    }

    func track(req: Request) async throws -> Response {
        let (complaint, unit) = try await ComplaintAccess.load(req, .handleComplaints)
        let body = try req.content.decode(ComplaintAPIController.TrackBody.self)
        return try await attempt(complaint, unit: unit, values: FormState.values(of: body), req: req) { actor, db in
            try await ComplaintFollowUp.choose(
                try body.checkedTrack(), reason: body.reason, complaint: complaint, unit: unit, by: actor, on: db)
        }
    }

    private func attempt(
        _ complaint: Complaint, unit: WorkUnit, values: [String: String], req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await WebPage.attempt(req, redirectTo: SitePath.complaint.path(complaint.id!), values: values, body) { form, status in
            try await renderShow(complaint, unit: unit, form: form, req: req, status: status)
        }
    }
}
