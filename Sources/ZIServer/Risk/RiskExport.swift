import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The register of a unit and year as XLSX (`…/risks/export.xlsx?year=` under `/api/v1` and
/// `…/risks/export.xlsx?year=` from the page): every risk, highest score first, with its
/// control actions.
struct RiskExport {
    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitRisksExportXlsx, use: export)
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitRisksExportXlsx, use: export)
    }

    func export(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewRisks)
        let matrix = try req.application.riskMatrix
        let year = try RiskRegisterQuery(req, matrix: matrix).year
        let risks = try await Risk.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$year == year)
            .sort(\.$score, .descending).sort(\.$createdAt).all()
        let actions =
            risks.isEmpty
            ? []
            : try await RiskControlAction.query(on: req.db).filter(\.$risk.$id ~~ risks.compactMap(\.id))
                .with(\.$owner).sort(\.$createdAt).all()
        let lines = Dictionary(grouping: actions, by: { $0.$risk.id }).mapValues { list in
            list.map { action in
                [action.description, action.owner?.displayName ?? action.ownerName, action.dueOn].compactMap { $0 }.joined(separator: " — ")
            }
        }
        let rows = risks.map { risk in
            RiskExportRow(
                objective: risk.objective, statement: risk.statement, cause: risk.cause, effect: risk.effect,
                inherent: RiskCell(likelihood: risk.likelihood, impact: risk.impact), existingControls: risk.existingControls,
                controlActions: lines[risk.id!] ?? [], residual: RiskSummaryDTO.residual(of: risk))
        }
        let title = "Register Risiko \(unit.name) \(year)"
        let data = try XLSXWriter.write(RiskRegisterXLSX.workbook(rows, matrix: matrix, title: title))
        return Download.data(data, type: Download.xlsxType, fileName: "\(title).xlsx")
    }
}
