import ZICore

/// The dry run of a plan import as data: every row with the schedule its TARGET WAKTU
/// gives, and every problem — what `sizi plan import --dry-run --json` prints and what a
/// user reviews before committing an import.
public struct PlanImportPreview: Codable, Sendable, Equatable {
    /// One action row as it would be imported.
    public struct Row: Codable, Sendable, Equatable {
        public let sourceRow: Int
        /// The standard change area (1…6), absent for an area the unit added.
        public let areaNumber: Int?
        public let area: String
        public let komponen: String?
        public let indikator: String
        public let langkahAksi: String
        public let buktiFisik: [String]
        public let targetWaktu: String?
        /// The due dates read from `targetWaktu`; nil when the row has none.
        public let schedule: PeriodSchedule?
        public let realisasiPercent: Double?
    }

    /// A row the import reports.
    public struct Problem: Codable, Sendable, Equatable {
        public let row: Int
        public let column: String?
        public let code: String
        public let message: String
        /// Whether the row is left out of the import.
        public let skipsRow: Bool
    }

    public let rows: [Row]
    public let problems: [Problem]
    public let areas: [String]
    public let skippedEmptyRows: Int
    /// How many rows have a TARGET WAKTU that needs scheduling by hand ("perlu dijadwalkan").
    public let needsScheduling: Int

    /// The preview of an import result, reading TARGET WAKTU in the plan's year.
    public init(_ result: PlanImportResult, planYear: Int) {
        rows = result.rows.map { row in
            let areaNumber: Int? = if case .standard(let number) = row.area { number } else { nil }
            return Row(
                sourceRow: row.sourceRow, areaNumber: areaNumber, area: row.area.description, komponen: row.komponen,
                indikator: row.indikator, langkahAksi: row.langkahAksi, buktiFisik: row.buktiFisik,
                targetWaktu: row.targetWaktu,
                schedule: row.targetWaktu.map { PeriodParser.parse($0, defaultYear: planYear) },
                realisasiPercent: row.realisasiPercent)
        }
        problems = result.problems.map {
            Problem(row: $0.row, column: $0.column?.title, code: $0.code.rawValue, message: $0.message, skipsRow: $0.code.skipsRow)
        }
        areas = result.areas.map(\.description)
        skippedEmptyRows = result.skippedEmptyRows
        needsScheduling = rows.filter { $0.schedule?.needsScheduling ?? true }.count
    }
}
