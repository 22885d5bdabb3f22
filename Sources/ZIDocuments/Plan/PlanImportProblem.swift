/// Something in an imported table that was not taken over as written, with a message in
/// Indonesian for the person who made the file.
///
/// Every non-empty row of the file ends up as a ``PlanImportRow``, a ``PlanImportHeading``,
/// the header, or the subject of a problem whose ``Code/skipsRow`` is true.
public struct PlanImportProblem: Sendable, Equatable, CustomStringConvertible {
    /// What went wrong; stable, for programs. ``skipsRow`` tells whether the row was left out.
    public enum Code: String, Sendable {
        /// A row above the header row (a title, a note). Row left out.
        case beforeHeader
        /// The header row again, naming the same columns (a table pasted page by page). Row left
        /// out; the columns are read anew from it, so each page may have its own layout.
        case repeatedHeader
        /// A header names no known column, or a column already found: its cells are not imported.
        /// Reported on the header row.
        case ignoredColumn
        /// A cell below no header. Row kept without the cell.
        case cellOutsideColumns
        /// A cell holds more than ``PlanTableImport/maxCellLength`` characters. Row left out; an
        /// outline cell that long is not carried down either.
        case cellTooLong
        /// The row has content but no langkah aksi. Row left out.
        case missingLangkahAksi
        /// The row has no indikator, and none above to carry down. Row left out.
        case missingIndikator
        /// The row comes before any area heading or area cell (or right after a section heading
        /// such as `II REFORM`). Row left out.
        case noArea
        /// The target waktu cell is empty. Row kept without a target.
        case missingTargetWaktu
        /// The realisasi is not a number. Row kept without realisasi.
        case invalidRealisasi
        /// The realisasi is below 0 % or above 100 %. Row kept without realisasi.
        case realisasiOutOfRange
        /// A realisasi between 0 and 1 written without `%` (`0,75`): read as that many percent,
        /// which may not be what was meant. Row kept.
        case ambiguousRealisasi
        /// The row repeats an earlier one in every imported field. Row left out.
        case duplicateRow

        /// Whether the row the problem is about was left out of ``PlanImportResult/rows``.
        public var skipsRow: Bool {
            switch self {
            case .beforeHeader, .repeatedHeader, .cellTooLong, .missingLangkahAksi, .missingIndikator, .noArea, .duplicateRow: true
            case .ignoredColumn, .cellOutsideColumns, .missingTargetWaktu, .invalidRealisasi, .realisasiOutOfRange, .ambiguousRealisasi:
                false
            }
        }
    }

    /// The row number in the file.
    public let row: Int
    /// The column concerned, if the problem is about one of the known columns.
    public let column: PlanColumn?
    /// What went wrong, for programs.
    public let code: Code
    /// The explanation, in Indonesian.
    public let message: String

    public init(row: Int, column: PlanColumn?, code: Code, message: String) {
        self.row = row
        self.column = column
        self.code = code
        self.message = message
    }

    public var description: String {
        "baris \(row)" + (column.map { " (\($0.title))" } ?? "") + ": " + message
    }
}
