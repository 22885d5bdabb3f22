/// Which column of a table holds what, as read from its header row.
///
/// Each header cell is matched with ``PlanColumn/matching(header:)``; the first cell naming a
/// column wins. An empty header cell belongs to the header on its left when that is an outline
/// column (a merged `Indikator Penilaian` spanning the numbering columns) or an ignored one;
/// otherwise cells below it are outside the table.
struct PlanHeaderLayout: Sendable {
    /// A header cell whose column is not imported.
    struct IgnoredHeader: Sendable {
        let header: String
        /// The column the header names that an earlier header already named.
        let duplicate: PlanColumn?
    }

    /// What a cell position (0-based) holds.
    enum Slot: Sendable {
        case column(PlanColumn)
        case ignored
        case outside
    }

    private let slots: [Slot]
    /// The ignored headers, in order.
    let ignoredHeaders: [IgnoredHeader]
    /// The columns found, in order.
    let columns: [PlanColumn]

    init(_ row: PlanSheet.Row) {
        var slots: [Slot] = []
        var ignored: [IgnoredHeader] = []
        var columns: [PlanColumn] = []
        for index in row.cells.indices {
            let header = row.text(index)
            if header.isEmpty {
                switch slots.last {
                case .column(let column) where column.isOutline: slots.append(.column(column))
                case .ignored: slots.append(.ignored)
                default: slots.append(.outside)
                }
            } else if let column = PlanColumn.matching(header: header), !columns.contains(column) {
                columns.append(column)
                slots.append(.column(column))
            } else {
                ignored.append(IgnoredHeader(header: header, duplicate: PlanColumn.matching(header: header)))
                slots.append(.ignored)
            }
        }
        self.slots = slots
        ignoredHeaders = ignored
        self.columns = columns
    }

    /// Whether the header has every required column.
    var isComplete: Bool {
        PlanColumn.required.allSatisfy(columns.contains)
    }

    /// What the cell at `index` (0-based) holds; cells right of the header are outside.
    func slot(_ index: Int) -> Slot {
        slots.indices.contains(index) ? slots[index] : .outside
    }

    /// The first complete header row among the first ``PlanTableImport/headerSearchRows``
    /// non-empty rows of `sheet`, with its index in `sheet.rows`; otherwise the row that names
    /// the most columns, if any does.
    static func find(in sheet: PlanSheet) -> (layout: PlanHeaderLayout, index: Int, isComplete: Bool)? {
        var best: (layout: PlanHeaderLayout, index: Int, isComplete: Bool)?
        for (index, row) in sheet.rows.enumerated().filter({ !$0.element.isEmpty }).prefix(PlanTableImport.headerSearchRows) {
            let layout = PlanHeaderLayout(row)
            if layout.isComplete { return (layout, index, true) }
            if layout.columns.count > best?.layout.columns.count ?? 0 { best = (layout, index, false) }
        }
        return best
    }
}
