import Fluent
import Vapor
import ZICore

/// The public's side of complaints, without an account: the form of a unit, the tracking code
/// shown once after filing, and the status page for a code (asked by form, so the code never
/// appears in an address, a log or a referrer). A code that does not exist gets the same
/// answer as a mistyped one.
struct PublicComplaintController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.publicComplaint, use: form)
        routes.on(.POST, .publicComplaint, body: .stream, use: file).userInfo[CSRFProtection.checkedByRoute] = true
        routes.get(.complaintTracking, use: trackForm)
        routes.post(.complaintTracking, use: track)
        routes.post(.complaintTrackingAnswer, use: answer)
    }

    struct FormView: Encodable {
        let unitID: UUID
        let unitName: String
        let requireContact: Bool
        let maxFiles: Int
        let maxMegabytes: Int
        let kinds: [Choice]
        let form: FormState
    }

    func form(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        return try await renderForm(unit, form: FormState(), rules: try await ComplaintRules.of(unit.id!, on: req.db), req: req)
    }

    private func renderForm(
        _ unit: WorkUnit, form: FormState, rules: ComplaintRules, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let names = req.names
        let view = FormView(
            unitID: unit.id!, unitName: unit.name, requireContact: rules.requireContact,
            maxFiles: AttachedForm.maxFiles, maxMegabytes: Int(req.application.settings.complaintAttachmentMaxBytes >> 20),
            kinds: ComplaintKind.allCases.map {
                Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == form.values["kind"])
            },
            form: form)
        return try await WebPage.render(
            "public/complaint", title: req.t("title.complaint_form", [unit.name]), view, req: req, status: status)
    }

    struct FiledView: Encodable {
        let unitName: String
        let number: String
        let code: String
    }

    func file(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        let rules = try await ComplaintRules.of(unit.id!, on: req.db)
        try req.application.publicRateLimiter.ensureRemaining(req)
        var typed: [String: String] = [:]
        do {
            var checked: ComplaintInput.Checked?
            let submission = try await AttachedForm.receive(req, typed: &typed, publicUnit: unit.id) { fields in
                try CSRFProtection.verify(fields[CSRFProtection.fieldName], for: req)
                // A field people never see: what fills it is a robot, answered as if all went well.
                if let trap = fields["website"], !trap.isEmpty { throw HoneypotFilled() }
                checked = try ComplaintInput(fields: fields).checked(channel: .web, requireContact: rules.requireContact)
                try req.application.publicRateLimiter.admit(req)
            }
            let (complaint, code) = try await ComplaintFiling.file(
                checked!, attachments: submission.attachments, unit: unit,
                deadlines: rules.deadlines, by: AuditActor(id: nil, name: "publik"),
                req: req)
            return try await WebPage.render(
                "public/complaint-filed", title: req.t("title.complaint_filed"),
                FiledView(unitName: unit.name, number: complaint.number, code: code.description), req: req,
                status: .created)
        } catch is HoneypotFilled {
            return try await WebPage.render(
                "public/complaint-filed", title: req.t("title.complaint_filed"),
                FiledView(unitName: unit.name, number: "-", code: "-"), req: req)
        } catch let error as AppError where error.code != AppError.csrf.code {
            return try await renderForm(
                unit, form: FormState(values: typed, error: error, req: req), rules: rules, req: req,
                status: error.status)
        }
    }

    /// The trap field was filled in.
    private struct HoneypotFilled: Error {}

    struct StatusView: Encodable {
        struct Reply: Encodable {
            let date: String
            let text: String
            /// The reporter's own answer (else the unit's reply).
            let byReporter: Bool
        }

        let found: Bool
        let searched: Bool
        let unitName: String?
        let number: String?
        let statusLabel: String?
        let receivedOn: String?
        let replies: [Reply]
        /// The complaint is open: the reporter may answer.
        let canAnswer: Bool
        /// The unit's follow-up waits for the reporter's answer until this day (formatted).
        let closesOn: String?
        /// The reporter's answer was just stored.
        let sent: Bool
        let form: FormState

        static func searching(_ form: FormState = FormState(), searched: Bool = false) -> StatusView {
            StatusView(
                found: false, searched: searched, unitName: nil, number: nil, statusLabel: nil, receivedOn: nil, replies: [],
                canAnswer: false, closesOn: nil, sent: false, form: form)
        }
    }

    func trackForm(req: Request) async throws -> Response {
        try await WebPage.render("public/track", title: req.t("title.complaint_track"), StatusView.searching(), req: req)
    }

    func track(req: Request) async throws -> Response {
        let typed = (try? req.content.get(String.self, at: "code")) ?? ""
        try req.application.publicRateLimiter.admit(req, budget: .lookups)
        guard let (code, complaint) = try await find(typed, req: req) else { return try await notFound(typed, req: req) }
        return try await renderStatus(complaint, code: code, form: FormState(values: ["code": code.description]), req: req)
    }

    /// The reporter's answer to the unit, sent with the tracking code (which proves who they are).
    func answer(req: Request) async throws -> Response {
        let typed = (try? req.content.get(String.self, at: "code")) ?? ""
        let text = try? req.content.get(String.self, at: "text")
        try req.application.publicRateLimiter.admit(req, budget: .lookups)
        guard let (code, complaint) = try await find(typed, req: req) else { return try await notFound(typed, req: req) }
        try req.application.publicRateLimiter.admit(req)
        do {
            try await req.application.write { db in try await ComplaintFollowUp.answer(text, complaint: complaint, on: db) }
        } catch let error as AppError {
            return try await renderStatus(
                complaint, code: code, form: FormState(values: ["code": code.description, "text": text ?? ""], error: error, req: req),
                req: req, status: error.status)
        }
        return try await renderStatus(complaint, code: code, form: FormState(values: ["code": code.description]), req: req, sent: true)
    }

    private func find(_ typed: String, req: Request) async throws -> (TrackingCode, Complaint)? {
        guard let code = TrackingCode(typed), let complaint = try await ComplaintService.find(code, on: req.db) else { return nil }
        return (code, complaint)
    }

    /// The same answer for a wrong and a malformed code.
    private func notFound(_ typed: String, req: Request) async throws -> Response {
        var form = FormState(values: ["code": typed])
        form.message = req.t("complaint.not_found")
        return try await WebPage.render(
            "public/track", title: req.t("title.complaint_track"), StatusView.searching(form, searched: true), req: req,
            status: .notFound)
    }

    private func renderStatus(
        _ complaint: Complaint, code: TrackingCode, form: FormState, req: Request, status: HTTPStatus = .ok,
        sent: Bool = false
    ) async throws -> Response {
        let names = req.names
        let unit = try await UnitVisibility.unit(complaint.$unit.id, on: req.db)
        let replies = try await ComplaintEvent.query(on: req.db).filter(\.$complaint.$id == complaint.id!)
            .filter(\.$kind ~~ [.publicReply, .reporterReply]).sort(\.$createdAt).all()
        var closesOn: String?
        if let since = complaint.awaitingReporterSince.flatMap(CalendarDate.init(iso:)) {
            let deadlines = try await ComplaintRules.of(unit.id!, on: req.db).deadlines
            closesOn = IndonesianDate.format(
                deadlines.closesUnanswered(followedUpOn: since, calendar: try await req.application.holidayCache.calendar(on: req.db)))
        }
        let view = StatusView(
            found: true, searched: true, unitName: unit.name, number: complaint.number,
            statusLabel: ComplaintStatus(rawValue: complaint.status).map { names($0) },
            receivedOn: CalendarDate(iso: complaint.receivedOn).map(IndonesianDate.format),
            replies: replies.map {
                StatusView.Reply(
                    date: $0.createdAt.map { IndonesianDate.format(WIBTime.day(of: $0)) } ?? "", text: $0.text ?? "",
                    byReporter: $0.kind == .reporterReply)
            },
            canAnswer: ComplaintStatus(rawValue: complaint.status)?.isOpen ?? false, closesOn: closesOn, sent: sent, form: form)
        return try await WebPage.render("public/track", title: req.t("title.complaint_track"), view, req: req, status: status)
    }
}

/// Files a complaint (sharing a transaction with others filed at the same moment, see
/// ``GroupCommit``), retrying when another instance took the same running number meanwhile.
enum ComplaintFiling {
    static func file(
        _ input: ComplaintInput.Checked, attachments: [StoredFile] = [], unit: WorkUnit,
        deadlines: ComplaintDeadlines, by actor: AuditActor, req: Request
    ) async throws -> (Complaint, TrackingCode) {
        let calendar = try await req.application.holidayCache.calendar(on: req.db)
        var attempt = 0
        while true {
            do {
                let filed = try await req.application.groupCommit.run { db in
                    let (complaint, code) = try await ComplaintService.file(
                        input, attachments: attachments, unit: unit, deadlines: deadlines,
                        calendar: calendar, today: req.clock.today(), by: actor, on: db)
                    return FiledComplaint(complaint: complaint, code: code)
                }
                return (filed.complaint, filed.code)
            } catch let error as any DatabaseError where error.isConstraintFailure && attempt < 5 {
                attempt += 1
            }
        }
    }

    /// A filed complaint handed back from the shared transaction.
    private struct FiledComplaint: Sendable {
        let complaint: Complaint
        let code: TrackingCode
    }
}
