/// Reads the rows below a table's header into actions, headings and problems, following the
/// plan's outline with a ``PlanOutline``.
///
/// For an action row, in order: cells outside the table are reported; a cell longer than
/// ``PlanTableImport/maxCellLength`` leaves the row out; so do an empty langkah aksi, a missing
/// area or indikator, and a row repeating an earlier one. A kept row may still be reported for
/// an empty target waktu or a realisasi it could not take.
struct PlanTableInterpreter {
    private let sheet: PlanSheet
    private var layout: PlanHeaderLayout
    private let headerIndex: Int
    private var outline = PlanOutline()

    private var rows: [PlanImportRow] = []
    private var problems: [PlanImportProblem] = []
    private var headings: [PlanImportHeading] = []
    private var skippedEmptyRows = 0
    /// The first row of each imported action, to find duplicates.
    private var firstRows: [ActionContent: Int] = [:]

    init(sheet: PlanSheet, layout: PlanHeaderLayout, headerIndex: Int) {
        self.sheet = sheet
        self.layout = layout
        self.headerIndex = headerIndex
    }

    mutating func run() -> PlanImportResult {
        for (index, row) in sheet.rows.enumerated() {
            if row.isEmpty {
                skippedEmptyRows += 1
            } else if index < headerIndex {
                problems.append(.beforeHeader(row: row.number, text: row.texts.joined(separator: " ")))
            } else if index == headerIndex {
                reportIgnoredHeaders(row: row.number)
            } else {
                read(row)
            }
        }
        return PlanImportResult(
            rows: rows, problems: problems, headings: headings, areas: outline.areas,
            skippedEmptyRows: skippedEmptyRows, headerRow: sheet.rows[headerIndex].number, sheetName: sheet.name)
    }

    private mutating func reportIgnoredHeaders(row: Int) {
        problems += layout.ignoredHeaders.map { .ignoredColumn(row: row, header: $0) }
    }

    private mutating func read(_ row: PlanSheet.Row) {
        let repeatedHeader = PlanHeaderLayout(row)
        if repeatedHeader.isComplete, Set(repeatedHeader.columns) == Set(layout.columns) {
            layout = repeatedHeader
            problems.append(.repeatedHeader(row: row.number))
            return reportIgnoredHeaders(row: row.number)
        }
        let cells = PlanRowCells(row, layout: layout)
        problems += cells.outsideColumns.map { .cellOutsideColumns(row: row.number, column: $0) }
        let tooLong = cells.cells.filter { $0.text.count > PlanTableImport.maxCellLength }
        problems += tooLong.map { .cellTooLong(row: row.number, column: $0.column, length: $0.text.count) }
        let rejected = Set(tooLong.map(\.column))
        if rejected.isEmpty, let heading = cells.heading, let kind = outline.kind(of: heading) {
            let entry = PlanImportHeading(row: row.number, text: heading.text, kind: kind)
            headings.append(entry)
            return outline.enter(entry, numbered: heading.marker)
        }
        outline.carryDown(cells, rejected: rejected)
        guard rejected.isEmpty else { return }
        guard let langkahAksi = cells.text(.langkahAksi) else { return problems.append(.missingLangkahAksi(row: row.number)) }
        guard let area = outline.area else { return problems.append(.noArea(row: row.number)) }
        guard let indikator = outline.indikator else { return problems.append(.missingIndikator(row: row.number)) }
        let realisasi = PlanRealisasi.read(cells.realisasi)
        let action = PlanImportRow(
            sourceRow: row.number, area: area, komponen: outline.komponen, indikator: indikator, langkahAksi: langkahAksi,
            buktiFisik: cells.text(.buktiFisik).map(PlanEvidenceItems.split) ?? [], targetWaktu: cells.text(.targetWaktu),
            realisasiPercent: realisasi.percent
        )
        let content = ActionContent(action)
        if let firstRow = firstRows[content] { return problems.append(.duplicateRow(row: row.number, firstRow: firstRow)) }
        firstRows[content] = row.number
        if action.targetWaktu == nil { problems.append(.missingTargetWaktu(row: row.number)) }
        if let problem = PlanImportProblem.realisasi(row: row.number, reading: realisasi) { problems.append(problem) }
        rows.append(action)
    }
}

/// Everything an imported action holds but its row number: actions alike in it are duplicates.
private struct ActionContent: Hashable {
    let area: PlanArea
    let komponen: String?
    let indikator: String
    let langkahAksi: String
    let buktiFisik: [String]
    let targetWaktu: String?
    let realisasiPercent: Double?

    init(_ row: PlanImportRow) {
        (area, komponen, indikator, langkahAksi) = (row.area, row.komponen, row.indikator, row.langkahAksi)
        (buktiFisik, targetWaktu, realisasiPercent) = (row.buktiFisik, row.targetWaktu, row.realisasiPercent)
    }
}
