import Fluent
import Vapor
import ZICore

/// The three read-only endpoints PortalRB fetches ("Panduan Teknis API Integrasi ZI" v1.0.0,
/// §3), under `/portalrb` so the base URL an agency registers is `https://<host>/portalrb`.
/// Only the agency's confirmed proposal list of the year is served; its units' LKE answers are
/// keyed by the `soal_id`s of the LKE ZI 2026 master.
struct PortalRBController {
    func register(_ routes: any RoutesBuilder) {
        let guarded = routes.grouped(PortalRBGuard())
        guarded.get(.portalRBUnitsWBK) { req in try await units(req, predicate: "wbk") }
        guarded.get(.portalRBUnitsWBBM) { req in try await units(req, predicate: "wbbm") }
        guarded.get(.portalRBAnswers, use: answers)
    }

    func units(_ req: Request, predicate: String) async throws -> PortalRBFeed.UnitList {
        try await PortalRBFeed.units(instansiID: req.portalRBToken.$instansi.id, year: Self.year(req), predicate: predicate, on: req.db)
    }

    func answers(_ req: Request) async throws -> PortalRBFeed.AnswerSheet {
        guard let unitID = req.parameters.get("unitRef").flatMap(UUID.init(uuidString:)) else { throw PortalRBError.badUnitID }
        return try await PortalRBFeed.answers(
            instansiID: req.portalRBToken.$instansi.id, year: Self.year(req), unitID: unitID,
            master: req.application.lke.entry(LKECatalog.masterFrameworkID).framework, baseURL: PortalRBFeed.origin(req),
            app: req.application, on: req.db)
    }

    /// The evaluation year: `?tahun=` if given (2010…2100), else this year.
    private static func year(_ req: Request) throws -> Int {
        guard let text = req.query[String.self, at: "tahun"] else { return req.clock.today().year }
        guard let year = Int(text), AssessmentService.years.contains(year) else { throw PortalRBError.badYear }
        return year
    }
}
