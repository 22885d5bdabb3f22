/// A row of the table that structures the plan instead of holding an action: an area heading
/// (`I. MANAJEMEN PERUBAHAN`), a komponen heading (`i. Tim Kerja`) or a section of the LKE
/// (`A. PENGUNGKIT`, `II REFORM`, `B. HASIL`).
///
/// A heading row has text in exactly one outline cell (number, area, komponen or indikator
/// columns), leaving aside cells holding only a numbering mark, and nothing in the other
/// columns. Text in the indikator column counts as a heading only when the row is numbered or
/// the text names a change area or section; otherwise the row is an action missing its cells.
///
/// What a heading is, in this order:
/// 1. `Pengungkit`, `Pemenuhan`, `Reform` or `Hasil` (optionally after `Komponen`/`Kriteria`):
///    a section. It ends the current area; below `Hasil` (the LKE's results, which have no change
///    areas) headings are never read as one of the six change areas.
/// 2. Text in the area column: an area (see below).
/// 3. Text naming one of the six change areas by number or name (`MANAJEMEN PERUBAHAN`,
///    `Penguatan Akuntabilitas`, `Zona Pengelolaan SDM`; see `PlanAreaVocabulary`): that area.
/// 4. With no current area, or numbered in the same style as the heading that began the current
///    area (`VII.` after `VI.`): a unit-defined area.
/// 5. Anything else: a komponen of the current area.
public struct PlanImportHeading: Sendable, Equatable {
    /// What a heading row is.
    public enum Kind: Sendable, Equatable {
        /// A part of the LKE above the areas; rows below it need a new area heading.
        case section
        /// The start of an area.
        case area(PlanArea)
        /// The start of a komponen inside the current area.
        case komponen
    }

    /// The row number in the file.
    public let row: Int
    /// The heading's text, numbering removed.
    public let text: String
    /// What the heading begins.
    public let kind: Kind

    public init(row: Int, text: String, kind: Kind) {
        self.row = row
        self.text = text
        self.kind = kind
    }
}
