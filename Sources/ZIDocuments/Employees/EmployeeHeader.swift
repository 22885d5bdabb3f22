/// Which column of an employee list holds what, as read from its header row: exact synonyms
/// first, then prefixes for the columns still missing (see ``EmployeeColumn``). The first
/// header naming a column wins; the others are listed as ignored.
struct EmployeeHeader: Sendable {
    /// The cell index (0-based) of each column found.
    let indices: [EmployeeColumn: Int]
    /// The non-empty headers that name no column, or a column already found, in order.
    let ignored: [String]

    init(_ row: PlanSheet.Row) {
        var indices: [EmployeeColumn: Int] = [:]
        var taken = Set<Int>()
        for match in [EmployeeColumn.exactly, EmployeeColumn.byPrefix] {
            for index in row.cells.indices where !taken.contains(index) {
                guard let column = match(row.text(index)), indices[column] == nil else { continue }
                indices[column] = index
                taken.insert(index)
            }
        }
        self.indices = indices
        ignored = row.cells.indices.filter { !taken.contains($0) }.map(row.text).filter { !$0.isEmpty }
    }

    /// Whether every required column was found.
    var isComplete: Bool {
        EmployeeColumn.required.allSatisfy { indices[$0] != nil }
    }

    /// The first complete header among the first ``EmployeeImport/headerSearchRows`` non-empty
    /// rows of `sheet`, with its index in `sheet.rows`; otherwise the row naming the most columns, if any.
    static func find(in sheet: PlanSheet) -> (header: EmployeeHeader, index: Int)? {
        var best: (header: EmployeeHeader, index: Int)?
        for (index, row) in sheet.rows.enumerated().filter({ !$0.element.isEmpty }).prefix(EmployeeImport.headerSearchRows) {
            let header = EmployeeHeader(row)
            if header.isComplete { return (header, index) }
            if header.indices.count > best?.header.indices.count ?? 0 { best = (header, index) }
        }
        return best
    }
}
