import Fluent
import Vapor
import ZICore
import ZIDocuments

/// What the register page shows: the filters, one page of risks with their level badges, the
/// heat maps of the year's whole register before and after controls, and the links to pages.
struct RiskRegisterPage: Encodable {
    let unit: UnitDTO
    let year: Int
    let q: String
    let levels: [Choice]
    let sorts: [Choice]
    let descending: Bool
    let items: [RiskSummaryDTO]
    let total: Int
    /// Risks of the year in the register, whatever the filters.
    let registerTotal: Int
    let heatMapBefore: String
    let heatMapAfter: String
    let notAssessed: Int
    let previousPage: String?
    let nextPage: String?
    let canManage: Bool

    static func make(_ unit: WorkUnit, query: RiskRegisterQuery, matrix: RiskMatrix, req: Request) async throws -> RiskRegisterPage {
        let (risks, total) = try await query.page(unit, on: req.db)
        let ratings = try await RiskRegisterQuery.ratings(unit, year: query.year, on: req.db)
        let maps = RiskHeatMap.beforeAndAfterControls(ratings, matrix: matrix)
        let link = { (page: Int) -> String in
            var items = ["year=\(query.year)", "sort=\(query.sort.rawValue)", "desc=\(query.descending ? 1 : 0)", "page=\(page)"]
            if let text = query.text { items.append("q=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
            if let level = query.level { items.append("level=\(level.id)") }
            return SitePath.unitRisks.path(unit.id!) + "?" + items.joined(separator: "&")
        }
        let page = query.page
        return RiskRegisterPage(
            unit: UnitDTO(unit), year: query.year, q: query.text ?? "",
            levels: matrix.levels.reversed().map { Choice(value: $0.id, label: $0.label, selected: $0.id == query.level?.id) },
            sorts: RiskRegisterQuery.Sort.allCases.map {
                Choice(value: $0.rawValue, label: req.t($0.labelKey), selected: $0 == query.sort)
            },
            descending: query.descending, items: risks.map { RiskSummaryDTO($0, matrix: matrix) }, total: total,
            registerTotal: ratings.count,
            heatMapBefore: RiskHeatMapSVG.render(
                counts: maps.before.counts, matrix: matrix,
                title: req.t("risk.heatmap_before", [String(query.year)])),
            heatMapAfter: RiskHeatMapSVG.render(
                counts: maps.after.counts, matrix: matrix,
                title: req.t("risk.heatmap_after", [String(query.year)])),
            notAssessed: maps.after.notRated,
            previousPage: page.page > 1 ? link(page.page - 1) : nil,
            nextPage: page.offset + page.per < total ? link(page.page + 1) : nil,
            canManage: try await req.may(.manageRisks, on: unit.accessTarget))
    }
}
