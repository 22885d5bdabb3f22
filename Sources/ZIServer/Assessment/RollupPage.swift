import Vapor

/// The roll-up page: the bar chart of every unit's total, and the units' lines one page at a
/// time (`?page=&per=`, 50 by default) in the chosen order — an agency of a thousand units is
/// read page by page, and rendering every line each time cost most of the page.
struct RollupPage: Encodable {
    /// What the page says about the roll-up as a whole.
    struct Header: Encodable {
        let instansi: InstansiDTO
        let year: Int
        let frameworks: [InstansiRollup.FrameworkChoice]
        let areaNames: [String]
        let units: Int
    }

    /// A unit's line with its status in words.
    struct Line: Encodable {
        let row: InstansiRollup.Row
        let statusLabel: String
        /// Total, pengungkit, hasil and the area percentages with two decimals ("—" when not assessed).
        let figures: [String]
        /// The unit's totals on the other frameworks, e.g. `PermenPANRB 90/2021: 74.99`.
        let otherTotals: [String]
    }

    let rollup: Header
    let lines: [Line]
    let chart: String
    let sortLinks: [String: String]
    let page: Int
    let pages: Int
    let previousPage: String?
    let nextPage: String?

    init(_ rollup: InstansiRollup, paging: PageRequest, req: Request) {
        self.rollup = Header(
            instansi: rollup.instansi, year: rollup.year, frameworks: rollup.frameworks, areaNames: rollup.areaNames,
            units: rollup.rows.count)
        lines = rollup.rows.dropFirst(paging.offset).prefix(paging.per).map { Self.line($0, req: req) }
        chart = RollupChart.svg(rollup)
        let order = "?year=\(rollup.year)&framework=\(rollup.framework)"
        // Each column header links to sorting by it; the current column toggles its direction.
        sortLinks = Dictionary(
            uniqueKeysWithValues: InstansiRollup.sortKeys.map { key in
                let descending = key == rollup.sort ? !rollup.descending : ["total", "pengungkit", "hasil"].contains(key)
                return (key, order + "&sort=\(key)\(descending ? "&desc=1" : "")")
            })
        let current = order + "&sort=\(rollup.sort)\(rollup.descending ? "&desc=1" : "")&per=\(paging.per)"
        page = paging.page
        pages = max(1, (rollup.rows.count + paging.per - 1) / paging.per)
        previousPage = paging.page > 1 ? current + "&page=\(min(paging.page, pages + 1) - 1)" : nil
        nextPage = paging.page < pages ? current + "&page=\(paging.page + 1)" : nil
    }

    private static func line(_ row: InstansiRollup.Row, req: Request) -> Line {
        Line(
            row: row, statusLabel: row.status.map { req.t("assessment.status.\($0.rawValue)") } ?? req.t("rollup.no_assessment"),
            figures: ([row.total, row.pengungkit, row.hasil] + row.areas.map { Optional($0) }).map {
                $0.map { String(format: "%.2f", $0) } ?? "—"
            },
            otherTotals: row.otherTotals.sorted { $0.key < $1.key }.map { id, total in
                let name = (try? req.application.lke.entry(id).framework.regulation.shortName) ?? id
                return "\(name): \(String(format: "%.2f", total))"
            })
    }
}
