/// What ``PlanTableImport`` read from a work-plan table.
public struct PlanImportResult: Sendable, Equatable {
    /// The actions, in file order.
    public let rows: [PlanImportRow]
    /// Everything not taken over as written, in file order.
    public let problems: [PlanImportProblem]
    /// The area, komponen and section headings, in file order.
    public let headings: [PlanImportHeading]
    /// The areas in order of first appearance, standard or unit-defined, each once.
    public let areas: [PlanArea]
    /// How many rows were entirely empty; they are skipped without a problem.
    public let skippedEmptyRows: Int
    /// The row number of the (first) header row.
    public let headerRow: Int
    /// For a workbook, the sheet the table was read from.
    public let sheetName: String?

    public init(
        rows: [PlanImportRow], problems: [PlanImportProblem], headings: [PlanImportHeading], areas: [PlanArea],
        skippedEmptyRows: Int, headerRow: Int, sheetName: String?
    ) {
        self.rows = rows
        self.problems = problems
        self.headings = headings
        self.areas = areas
        self.skippedEmptyRows = skippedEmptyRows
        self.headerRow = headerRow
        self.sheetName = sheetName
    }
}
