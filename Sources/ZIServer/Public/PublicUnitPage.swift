import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The unit's public integrity page (no login): who it is, its ZI programme this year, this
/// year's survey results with a chart per element, complaint statistics, and the ways to
/// complain, answer the survey and follow a complaint. Only public data: never a complaint's
/// content, a reporter, an internal note or anything of another unit.
struct PublicUnitPage {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.publicUnit, use: page)
    }

    struct View: Encodable {
        let unitID: UUID
        let unitName: String
        let instansiName: String
        let year: Int
        let programme: String?
        let survey: String?
        let respondents: Int
        let chart: String
        let received: Int
        let finished: Int
        let inProcess: Int
        let hasServices: Bool
        /// The unit's texts as escaped HTML fragments (see ``NarrativeHTML``), and whether a PDF of each is published.
        let maklumat: String?
        let standar: String?
        let maklumatPDF: Bool
        let standarPDF: Bool
        let followUps: [SurveyFollowUpDTO]
    }

    /// What anonymous visitors are shown, per unit and language, for a minute: the page computes
    /// the year's SKM over every response, which must not happen on every public view.
    private static let anonymousViews = ExpiringCache<String, String>(lifetime: 60, capacity: 10_000)

    func page(req: Request) async throws -> Response {
        guard !req.auth.has(CurrentUser.self) else { return try await render(req) }
        let key = (req.parameters.get("unitID") ?? "") + "|" + req.locale
        let html = try await Self.anonymousViews.value(for: key) { try await render(req).body.string ?? "" }
        let response = Response(status: .ok, body: .init(string: html))
        response.headers.contentType = .html
        return response
    }

    private func render(_ req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        let instansi = try await unit.$instansi.get(on: req.db)
        let today = req.clock.today()
        let programme = try await UnitProgramme.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$year == today.year).first()
        let result = SKMCalculator.compute(
            try await SurveyRecording.responses(
                unitID: unit.id!, from: CalendarDate(year: today.year, month: 1, day: 1)!, to: today, on: req.db
            ).map(\.response))
        let profile = try await PublicProfile.query(on: req.db).filter(\.$unit.$id == unit.id!).first()
        let documents = Set(try await PublicDocument.query(on: req.db).filter(\.$unit.$id == unit.id!).all(\.$kind))
        let statuses = try await Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$receivedOn >= "\(today.year)-01-01").all(\.$status).compactMap(ComplaintStatus.init(rawValue:))
        let view = View(
            unitID: unit.id!, unitName: unit.name, instansiName: instansi.name, year: today.year,
            programme: programme.map { "Menuju \($0.target.rawValue.uppercased()) — \(req.t("status.\($0.status.rawValue)"))" },
            survey: result?.summary(names: req.names), respondents: result?.respondents ?? 0, chart: result.map(SKMChart.svg) ?? "",
            received: statuses.count, finished: statuses.filter { !$0.isOpen }.count, inProcess: statuses.filter(\.isOpen).count,
            hasServices: try await SurveyService.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$isActive == true).count() > 0,
            maklumat: profile.flatMap { $0.maklumat.isEmpty ? nil : NarrativeHTML.fragment($0.maklumat) },
            standar: profile.flatMap { $0.standar.isEmpty ? nil : NarrativeHTML.fragment($0.standar) },
            maklumatPDF: documents.contains(.maklumat), standarPDF: documents.contains(.standar),
            followUps: try await SurveyFollowUpDTO.all(of: unit, on: req.db))
        return try await WebPage.render("public/unit", title: unit.name, view, req: req)
    }
}
