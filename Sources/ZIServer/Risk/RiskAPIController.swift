import Fluent
import Vapor
import ZICore

/// `/api/v1/…/risks`: a unit's SPIP risk register — the list (year, search, level, order,
/// pages), the heat maps' counts, adding, changing and (softly) deleting risks, their control
/// actions and the quarterly monitoring.
struct RiskAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitRisks, use: list)
        routes.post(.unitRisks, use: create)
        routes.get(.unitRisksHeatmap, use: heatMap)
        routes.get(.risk, use: show)
        routes.put(.risk, use: update)
        routes.delete(.risk, use: delete)
        routes.post(.riskActions, use: addAction)
        routes.delete(.riskAction, use: removeAction)
        routes.put(.riskMonitoring, use: monitor)
    }

    func list(req: Request) async throws -> ListPage<RiskSummaryDTO> {
        let unit = try await UnitVisibility.unit(req, requiring: .viewRisks)
        let matrix = try req.application.riskMatrix
        let query = try RiskRegisterQuery(req, matrix: matrix)
        let (risks, total) = try await query.page(unit, on: req.db)
        return ListPage(items: risks.map { RiskSummaryDTO($0, matrix: matrix) }, page: query.page.page, per: query.page.per, total: total)
    }

    func heatMap(req: Request) async throws -> RiskHeatMapDTO {
        let unit = try await UnitVisibility.unit(req, requiring: .viewRisks)
        let matrix = try req.application.riskMatrix
        let year = try RiskRegisterQuery(req, matrix: matrix).year
        let ratings = try await RiskRegisterQuery.ratings(unit, year: year, on: req.db)
        return RiskHeatMapDTO(
            year: year, total: ratings.count, maps: RiskHeatMap.beforeAndAfterControls(ratings, matrix: matrix),
            matrix: matrix)
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRisks)
        let matrix = try req.application.riskMatrix
        let input = try req.content.decode(RiskInput.self).checked(matrix: matrix)
        let risk = Risk()
        try await req.writeAsUser { actor, db in try await RiskService.save(input, to: risk, unit: unit, matrix: matrix, by: actor, on: db)
        }
        return try await RiskAccess.detail(risk, unit: unit, matrix: matrix, on: req.db).encodeResponse(status: .created, for: req)
    }

    func show(req: Request) async throws -> RiskDetailDTO {
        let (risk, unit) = try await RiskAccess.load(req)
        return try await RiskAccess.detail(risk, unit: unit, matrix: try req.application.riskMatrix, on: req.db)
    }

    func update(req: Request) async throws -> RiskDetailDTO {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let matrix = try req.application.riskMatrix
        let input = try req.content.decode(RiskInput.self).checked(matrix: matrix)
        try await req.writeAsUser { actor, db in try await RiskService.save(input, to: risk, unit: unit, matrix: matrix, by: actor, on: db)
        }
        return try await RiskAccess.detail(risk, unit: unit, matrix: matrix, on: req.db)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        try await req.writeAsUser { actor, db in try await RiskService.delete(risk, unit: unit, by: actor, on: db) }
        return .noContent
    }

    func addAction(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let owners = try await PeoplePicker.ids(of: unit, on: req.db)
        let input = try req.content.decode(RiskActionInput.self).checked(eligibleOwners: owners)
        _ = try await req.writeAsUser { actor, db in try await RiskService.addAction(input, to: risk, unit: unit, by: actor, on: db) }
        return try await RiskAccess.detail(risk, unit: unit, matrix: try req.application.riskMatrix, on: req.db)
            .encodeResponse(status: .created, for: req)
    }

    func removeAction(req: Request) async throws -> HTTPStatus {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let action = try await RiskAccess.action(req, of: risk)
        try await req.writeAsUser { actor, db in try await RiskService.removeAction(action, unit: unit, by: actor, on: db) }
        return .noContent
    }

    func monitor(req: Request) async throws -> RiskDetailDTO {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let quarter = try RiskAccess.quarter(req)
        let matrix = try req.application.riskMatrix
        let actions = try await RiskControlAction.query(on: req.db).filter(\.$risk.$id == risk.id!).all().compactMap(\.id)
        let input = try req.content.decode(RiskMonitoringInput.self).checked(matrix: matrix, actions: actions)
        try await req.writeAsUser { actor, db in
            try await RiskService.monitor(input, risk: risk, quarter: quarter, unit: unit, by: actor, on: db)
        }
        return try await RiskAccess.detail(risk, unit: unit, matrix: matrix, on: req.db)
    }
}
