import Fluent
import Vapor
import ZICore

/// The whistleblower's side, without an account: the report form of a unit, the receipt shown
/// once, and the follow-up pages for a receipt (asked by form, never in an address). These
/// routes sit outside SIZI's session and CSRF middleware, so they never set a cookie; their
/// POSTs are protected by ``SameOriginCheck`` instead. They are never logged or cached
/// (``RoutePrivacy/reporter``), and their errors render in the same plain layout.
struct WBSPublicController {
    /// The most files one report or follow-up may carry.
    static let maxFiles = 5

    func register(_ routes: any RoutesBuilder) {
        let pages = routes.grouped(ReporterPrivacy()).grouped(SameOriginCheck()).marked(.reporter)
        pages.get(.publicWhistleblowing, use: form)
        pages.on(.POST, .publicWhistleblowing, body: .stream, use: submit)
        pages.get(.wbsTracking, use: trackForm)
        pages.post(.wbsTracking, use: track)
        pages.on(.POST, .wbsTrackingSend, body: .stream, use: followUp)
    }

    struct FormView: Encodable {
        let unitID: UUID
        let unitName: String
        let ready: Bool
        let sources: [Choice]
        let maxFiles: Int
        let maxMegabytes: Int
        let form: FormState
    }

    func form(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        let ready = try await !WBSHandlerDirectory.ready(for: unit, on: req.db).isEmpty
        return try await renderForm(unit, ready: ready, form: FormState(), req: req)
    }

    private func renderForm(_ unit: WorkUnit, ready: Bool, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response
    {
        let names = req.names
        let view = FormView(
            unitID: unit.id!, unitName: unit.name, ready: ready,
            sources: KnowledgeSource.allCases.map {
                Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == form.values["howKnown"])
            },
            maxFiles: Self.maxFiles, maxMegabytes: Int(req.application.settings.whistleblowing.attachmentMaxBytes >> 20),
            form: form)
        return try await WBSPublicPage.render(
            "wbs/public-form", title: req.t("title.wbs_form", [unit.name]), view, req: req, status: status)
    }

    struct ReceiptView: Encodable {
        let unitName: String
        let receipt: String
    }

    func submit(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        let handlers = try await WBSHandlerDirectory.ready(for: unit, on: req.db)
        var seen: [String: String] = [:]
        do {
            guard !handlers.isEmpty else { throw WBSError.notReady }
            var report: WhistleblowingReport?
            let form = try await receive(req, seen: &seen) { fields in
                report = try WBSReportInput(fields: fields).checked()
            }
            try admitUploads(form, for: unit.id!, req: req)
            let uploads = try req.application.evidence.checkAll(form.files, discard: PlaintextShredder.shred)
            let receipt = try await WBSFiling.file(report!, uploads: uploads, unit: unit, handlers: handlers, app: req.application)
            return try await WBSPublicPage.render(
                "wbs/public-receipt", title: req.t("title.wbs_receipt"),
                ReceiptView(unitName: unit.name, receipt: receipt.grouped), req: req, status: .created)
        } catch is HoneypotFilled {
            return try await WBSPublicPage.render(
                "wbs/public-receipt", title: req.t("title.wbs_receipt"),
                ReceiptView(unitName: unit.name, receipt: "-"), req: req)
        } catch let error as AppError where error.code != WBSError.crossSite.code && error.status != .internalServerError {
            return try await renderForm(
                unit, ready: !handlers.isEmpty, form: FormState(values: seen, error: error, req: req), req: req,
                status: error.status)
        }
    }

    /// Reads a public form with files into the plaintext upload directory: the honeypot and the
    /// rate limit are checked with the fields, before any file byte is kept, then `check`.
    private func receive(
        _ req: Request, seen: inout [String: String],
        check: ([String: String]) throws -> Void
    ) async throws -> FormWithFiles {
        let settings = req.application.settings
        try req.application.publicRateLimiter.ensureRemaining(req)
        return try await FormWithFiles.receive(
            req, limit: settings.whistleblowing.attachmentMaxBytes, maxFiles: Self.maxFiles,
            directory: settings.whistleblowingUploadDirectory, disposal: .shred, seen: &seen
        ) { fields in
            // A field people never see: what fills it is a robot, answered as if all went well.
            if let trap = fields["website"], !trap.isEmpty { throw HoneypotFilled() }
            try check(fields)
            try req.application.publicRateLimiter.admit(req)
        }
    }

    /// Counts the form's attachments against the unit's daily budget; refused, they are shredded.
    private func admitUploads(_ form: FormWithFiles, for unitID: UUID, req: Request) throws {
        do {
            try req.application.publicUploadQuota.admit(form.files.reduce(0) { $0 + $1.file.size }, for: unitID)
        } catch {
            form.files.forEach { PlaintextShredder.shred($0.file.url) }
            throw error
        }
    }

    /// The trap field was filled in.
    private struct HoneypotFilled: Error {}

    struct TrackView: Encodable {
        let opened: Bool
        let receipt: String?
        let unitName: String?
        let submitted: String?
        let statusLabel: String?
        let content: WBSReportContentDTO?
        let attachments: [WBSAttachmentDTO]
        let entries: [WBSEntryDTO]
        let questions: [Choice]
        let sent: Bool
        let maxFiles: Int
        let maxMegabytes: Int
        let form: FormState
    }

    func trackForm(req: Request) async throws -> Response {
        try await renderTrack(nil, receipt: nil, form: FormState(), req: req)
    }

    func track(req: Request) async throws -> Response {
        let typed = (try? req.content.get(String.self, at: "receipt")) ?? ""
        try req.application.publicRateLimiter.admit(req, budget: .lookups)
        do {
            let opened = try await WBSReceiptLookup.open(typed, app: req.application)
            return try await renderTrack(opened, receipt: typed, form: FormState(), req: req)
        } catch let error as AppError where error.code == WBSError.unknownReceipt.code {
            return try await unknownReceipt(req)
        }
    }

    func followUp(req: Request) async throws -> Response {
        var seen: [String: String] = [:]
        let form: FormWithFiles
        do {
            form = try await receive(req, seen: &seen) { _ in }
        } catch is HoneypotFilled {
            return try await unknownReceipt(req)
        }
        let opened: WBSReceiptLookup.Opened
        do {
            opened = try await WBSReceiptLookup.open(seen["receipt"] ?? "", app: req.application)
        } catch {
            form.files.forEach { PlaintextShredder.shred($0.file.url) }
            if (error as? AppError)?.code == WBSError.unknownReceipt.code { return try await unknownReceipt(req) }
            throw error
        }
        do {
            do {
                let input = try WBSReporterMessages.Input(fields: seen)
                try admitUploads(form, for: opened.report.$unit.id, req: req)
                let uploads = try req.application.evidence.checkAll(form.files, discard: PlaintextShredder.shred)
                try await WBSReporterMessages.send(input, uploads: uploads, to: opened, app: req.application)
            } catch {
                form.files.forEach { PlaintextShredder.shred($0.file.url) }
                throw error
            }
            return try await renderTrack(opened, receipt: seen["receipt"], form: FormState(), sent: true, req: req, status: .created)
        } catch let error as AppError where error.status != .internalServerError {
            let typed = seen.filter { ["text", "kind", "inReplyTo"].contains($0.key) }
            return try await renderTrack(
                opened, receipt: seen["receipt"], form: FormState(values: typed, error: error, req: req), req: req,
                status: error.status)
        }
    }

    /// The one answer to every receipt that opens nothing: the empty receipt form (the typed
    /// receipt is not shown again) with the same message and status.
    private func unknownReceipt(_ req: Request) async throws -> Response {
        var form = FormState()
        form.message = req.t(WBSError.unknownReceipt.messageKey)
        return try await renderTrack(nil, receipt: nil, form: form, req: req, status: WBSError.unknownReceipt.status)
    }

    private func renderTrack(
        _ opened: WBSReceiptLookup.Opened?, receipt: String?, form: FormState, sent: Bool = false, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let names = req.names
        let maxMegabytes = Int(req.application.settings.whistleblowing.attachmentMaxBytes >> 20)
        guard let opened, let sealed = opened.report.sealedReport,
            let report = try? opened.key.open(WhistleblowingReport.self, from: sealed)
        else {
            let view = TrackView(
                opened: false, receipt: nil, unitName: nil, submitted: nil, statusLabel: nil, content: nil, attachments: [],
                entries: [], questions: [], sent: false, maxFiles: Self.maxFiles, maxMegabytes: maxMegabytes, form: form)
            return try await WBSPublicPage.render("wbs/public-track", title: req.t("title.wbs_track"), view, req: req, status: status)
        }
        let unit = try await UnitVisibility.unit(opened.report.$unit.id, on: req.db)
        let conversation = try await WBSConversation.load(opened.report, key: opened.key, for: .reporter, on: req.db)
        let view = TrackView(
            opened: true, receipt: receipt.flatMap { try? Receipt($0).grouped }, unitName: unit.name,
            submitted: WBSDay.text(opened.report.submittedOn),
            statusLabel: WhistleblowingStatus(rawValue: opened.report.status).map { names($0) }, content: WBSReportContentDTO(report),
            attachments: conversation.reportAttachments, entries: conversation.entries,
            questions: conversation.openQuestions.map {
                Choice(
                    value: $0.messageID!.uuidString, label: $0.text ?? "", selected: $0.messageID?.uuidString == form.values["inReplyTo"])
            },
            sent: sent, maxFiles: Self.maxFiles, maxMegabytes: maxMegabytes, form: form)
        return try await WBSPublicPage.render("wbs/public-track", title: req.t("title.wbs_report"), view, req: req, status: status)
    }
}
