import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The *Dokumen Rencana Kerja* (print-ready HTML and DOCX), generated from the plan as stored.
/// Registered on the web and the API; whoever may view the plan may download it.
struct PlanDocumentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.planDocument, use: html)
        routes.get(.planDocumentDocx, use: docx)
    }

    func html(req: Request) async throws -> Response {
        let document = try await planDocument(req)
        let response = Response(status: .ok, body: .init(string: PlanDocumentHTML.render(document, stylesheetHref: "/css/plan-print.css")))
        response.headers.contentType = .html
        return response
    }

    func docx(req: Request) async throws -> Response {
        let document = try await planDocument(req)
        return Download.data(
            try PlanDocumentDOCX.render(document), type: Download.docxType,
            fileName: "Rencana-Kerja-ZI-\(document.year).docx")
    }

    private func planDocument(_ req: Request) async throws -> PlanDocument {
        let (plan, unit) = try await PlanAccess.load(req)
        let instansi = try await unit.$instansi.get(on: req.db)
        let programme = try await UnitProgramme.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$year == plan.year).first()
        return PlanDocumentBuilder.document(
            try await PlanContent.load(plan, on: req.db), unit: unit, instansiName: instansi.name,
            target: programme?.target ?? .wbk)
    }
}
