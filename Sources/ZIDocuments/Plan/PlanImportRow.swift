/// One action of an imported work plan: a row of the table with its outline filled in.
///
/// Area, komponen and indikator come from the row's own cells or, when those are empty (merged
/// cells), from the rows above.
public struct PlanImportRow: Sendable, Equatable {
    /// The row number in the file: the spreadsheet row, or the CSV record (1-based; a quoted
    /// cell spanning several lines is one record).
    public let sourceRow: Int
    /// The change area, standard or the unit's own.
    public let area: PlanArea
    /// The group of indicators inside the area (`Tim Kerja`), if the table has one.
    public let komponen: String?
    /// The indicator the action serves, as written.
    public let indikator: String
    /// The action, as written (several lines if the cell has them).
    public let langkahAksi: String
    /// The pieces of evidence to produce, split from the cell at line breaks, `;` and list marks
    /// (`1.`, `a.`, `-`), the marks removed; commas do not split.
    public let buktiFisik: [String]
    /// The timing as written, trimmed and otherwise unchanged (`Januari s/d Oktober 2021`);
    /// `nil` when the cell is empty.
    public let targetWaktu: String?
    /// The share of the action done, in percent (0…100): `75`, `75%`, `75,5` and a cell formatted
    /// as a percentage read as written; `nil` when the table has no such column or the cell is
    /// empty, `-`, not a number or outside 0…100 (each but the first two reported).
    public let realisasiPercent: Double?

    public init(
        sourceRow: Int, area: PlanArea, komponen: String?, indikator: String, langkahAksi: String,
        buktiFisik: [String], targetWaktu: String?, realisasiPercent: Double?
    ) {
        self.sourceRow = sourceRow
        self.area = area
        self.komponen = komponen
        self.indikator = indikator
        self.langkahAksi = langkahAksi
        self.buktiFisik = buktiFisik
        self.targetWaktu = targetWaktu
        self.realisasiPercent = realisasiPercent
    }
}
