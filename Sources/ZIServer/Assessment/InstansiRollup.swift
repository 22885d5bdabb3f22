import Fluent
import Foundation
import Vapor
import ZICore

/// All units of an agency with their assessment results for a year: totals, pengungkit and
/// hasil, per-area percentages and predicate status, sortable (`?year=&sort=&desc=1`).
///
/// Reads the score cache of each assessment, so it costs two queries whatever the size.
struct InstansiRollup: Content, Sendable {
    /// One unit's line.
    struct Row: Content, Sendable {
        let unitID: UUID
        let code: String
        let name: String
        let depth: Int
        let assessmentID: UUID?
        let status: Assessment.Status?
        let total: Double?
        let pengungkit: Double?
        let hasil: Double?
        /// Per-area percentages, in area order.
        let areas: [Double]
        let eligibleWBK: Bool
        let eligibleWBBM: Bool
        let answered: Int
    }

    static let sortKeys = ["path", "code", "name", "total", "pengungkit", "hasil"]

    let instansi: InstansiDTO
    let year: Int
    let framework: String
    let areaNames: [String]
    let sort: String
    let descending: Bool
    let rows: [Row]

    static func load(_ req: Request) async throws -> InstansiRollup {
        guard let id = req.parameters.get("instansiID", as: UUID.self),
            let instansi = try await Instansi.find(id, on: req.db)
        else { throw AppError.notFound }
        try await req.require(.viewRollup, on: .instansi(id))
        let year = try req.queryYear(default: req.clock.today().year)
        guard AssessmentService.years.contains(year) else {
            throw AppError.validation([FieldError(field: "year", key: "validation.year")])
        }
        let catalog = try req.application.lke.entry(
            req.query[String.self, at: "framework"] ?? LKECatalog.defaultFrameworkID,
            field: "framework")
        let units = try await WorkUnit.query(on: req.db).filter(\.$instansi.$id == id).sort(\.$path).all()
        let assessments = try await Assessment.query(on: req.db)
            .join(WorkUnit.self, on: \Assessment.$unit.$id == \WorkUnit.$id)
            .filter(WorkUnit.self, \.$instansi.$id == id)
            .filter(\.$year == year).filter(\.$frameworkID == catalog.framework.id)
            .all()
        let byUnit = Dictionary(assessments.map { ($0.$unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        let areaIDs = catalog.framework.areas.map(\.id)
        var rows = units.map { unit -> Row in
            let assessment = byUnit[unit.id!]
            let percents = assessment?.areaPercents ?? [:]
            return Row(
                unitID: unit.id!, code: unit.code, name: unit.name, depth: unit.depth, assessmentID: assessment?.id,
                status: assessment?.status, total: assessment?.scoreTotal, pengungkit: assessment?.scorePengungkit,
                hasil: assessment?.scoreHasil, areas: areaIDs.map { percents[$0] ?? 0 },
                eligibleWBK: assessment?.eligibleWBK ?? false, eligibleWBBM: assessment?.eligibleWBBM ?? false,
                answered: assessment?.answeredCount ?? 0)
        }
        let sort = req.query[String.self, at: "sort"].flatMap { sortKeys.contains($0) ? $0 : nil } ?? "path"
        let descending = req.query[String.self, at: "desc"] == "1"
        rows = sorted(rows, by: sort, descending: descending)
        return InstansiRollup(
            instansi: InstansiDTO(instansi), year: year, framework: catalog.framework.id,
            areaNames: catalog.framework.areas.map(\.name), sort: sort, descending: descending, rows: rows)
    }

    /// Rows sorted by a column; ties keep the tree order.
    private static func sorted(_ rows: [Row], by key: String, descending: Bool) -> [Row] {
        let ascending = rows.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            switch key {
            case "code": return (x.code, a.offset) < (y.code, b.offset)
            case "name": return (x.name.lowercased(), a.offset) < (y.name.lowercased(), b.offset)
            case "total": return (x.total ?? -1, a.offset) < (y.total ?? -1, b.offset)
            case "pengungkit": return (x.pengungkit ?? -1, a.offset) < (y.pengungkit ?? -1, b.offset)
            case "hasil": return (x.hasil ?? -1, a.offset) < (y.hasil ?? -1, b.offset)
            default: return a.offset < b.offset
            }
        }.map(\.element)
        return descending ? ascending.reversed() : ascending
    }
}
