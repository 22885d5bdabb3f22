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
        /// The unit's totals on the other frameworks it is assessed on this year, by framework id.
        let otherTotals: [String: Double]
    }

    /// A framework the agency's units are assessed on in the year, and on how many units.
    struct FrameworkChoice: Content, Sendable {
        let id: String
        let title: String
        let units: Int
        let selected: Bool
    }

    static let sortKeys = ["path", "code", "name", "total", "pengungkit", "hasil"]

    let instansi: InstansiDTO
    let year: Int
    let framework: String
    /// Every framework with assessments in the year (the shown one included), so an agency
    /// with units on both PermenPANRB 90/2021 and LKE ZI 2026 sees both totals.
    let frameworks: [FrameworkChoice]
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
        let lke = req.application.lke
        let catalog = try req.query[String.self, at: "framework"].map { try lke.entry($0, field: "framework") } ?? lke.entry(forYear: year)
        let units = try await WorkUnit.query(on: req.db).filter(\.$instansi.$id == id).sort(\.$path).all()
        let yearAssessments = try await RollupAssessment.all(instansiID: id, year: year, on: req.db)
        let assessments = yearAssessments.filter { $0.frameworkID == catalog.framework.id }
        let byUnit = Dictionary(assessments.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        let others = Dictionary(grouping: yearAssessments.filter { $0.frameworkID != catalog.framework.id }, by: \.unitID)
        let areaIDs = catalog.framework.areas.map(\.id)
        var rows = units.map { unit -> Row in
            let assessment = byUnit[unit.id!]
            let percents = assessment?.areaPercents ?? [:]
            return Row(
                unitID: unit.id!, code: unit.code, name: unit.name, depth: unit.depth, assessmentID: assessment?.id,
                status: assessment?.status, total: assessment?.scoreTotal, pengungkit: assessment?.scorePengungkit,
                hasil: assessment?.scoreHasil, areas: areaIDs.map { percents[$0] ?? 0 },
                eligibleWBK: assessment?.eligibleWBK ?? false, eligibleWBBM: assessment?.eligibleWBBM ?? false,
                answered: assessment?.answeredCount ?? 0,
                otherTotals: Dictionary(
                    (others[unit.id!] ?? []).map { ($0.frameworkID, $0.scoreTotal) }, uniquingKeysWith: { first, _ in first }))
        }
        let sort = req.query[String.self, at: "sort"].flatMap { sortKeys.contains($0) ? $0 : nil } ?? "path"
        let descending = req.query[String.self, at: "desc"] == "1"
        rows = sorted(rows, by: sort, descending: descending)
        return InstansiRollup(
            instansi: InstansiDTO(instansi), year: year, framework: catalog.framework.id,
            frameworks: frameworkChoices(yearAssessments, shown: catalog.framework, lke: lke),
            areaNames: catalog.framework.areas.map(\.name), sort: sort, descending: descending, rows: rows)
    }

    /// The shown framework first, then every other one the year's assessments use, with unit counts.
    private static func frameworkChoices(_ assessments: [RollupAssessment], shown: LKEFramework, lke: LKECatalog) -> [FrameworkChoice] {
        let unitsByFramework = Dictionary(grouping: assessments, by: \.frameworkID).mapValues { Set($0.map(\.unitID)).count }
        let others = unitsByFramework.keys.filter { $0 != shown.id }.sorted()
        return ([shown.id] + others).compactMap { id in
            guard let framework = try? lke.entry(id).framework else { return nil }
            return FrameworkChoice(
                id: id, title: framework.regulation.shortName, units: unitsByFramework[id] ?? 0, selected: id == shown.id)
        }
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
