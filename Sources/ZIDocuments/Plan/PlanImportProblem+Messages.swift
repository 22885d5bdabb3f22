import Foundation
import ZICore

/// The problems the import reports, each with its Indonesian message.
extension PlanImportProblem {
    static func beforeHeader(row: Int, text: String) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: nil, code: .beforeHeader,
            message: "Baris di atas judul kolom tidak diimpor: \(quoted(text)).")
    }

    static func repeatedHeader(row: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: nil, code: .repeatedHeader,
            message: "Judul kolom diulang; baris ini tidak diimpor dan kolom di bawahnya dibaca menurut judul ini.")
    }

    static func ignoredColumn(row: Int, header: PlanHeaderLayout.IgnoredHeader) -> PlanImportProblem {
        let reason = header.duplicate.map { "kolom \($0.title) sudah ada di sebelah kirinya" } ?? "judulnya tidak dikenali"
        return PlanImportProblem(
            row: row, column: nil, code: .ignoredColumn,
            message: "Kolom \(quoted(header.header)) tidak diimpor: \(reason).")
    }

    static func cellOutsideColumns(row: Int, column: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: nil, code: .cellOutsideColumns,
            message: "Sel di kolom \(CellReference.columnName(column)) tidak berada di bawah judul kolom mana pun; isinya tidak diimpor.")
    }

    static func cellTooLong(row: Int, column: PlanColumn, length: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: column, code: .cellTooLong,
            message: "Isi kolom \(column.title) terlalu panjang (\(GroupedNumber.text(length)) karakter, paling banyak "
                + "\(GroupedNumber.text(PlanTableImport.maxCellLength))); baris tidak diimpor.")
    }

    static func missingLangkahAksi(row: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: .langkahAksi, code: .missingLangkahAksi,
            message: "Langkah aksi kosong padahal baris ini berisi data lain; baris tidak diimpor.")
    }

    static func missingIndikator(row: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: .indikator, code: .missingIndikator,
            message: "Indikator kosong dan tidak ada indikator di atasnya yang dapat diteruskan; baris tidak diimpor.")
    }

    static func noArea(row: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: .area, code: .noArea,
            message: "Baris ini belum berada di bawah judul area mana pun; baris tidak diimpor.")
    }

    static func missingTargetWaktu(row: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: .targetWaktu, code: .missingTargetWaktu,
            message: "Target waktu kosong; baris diimpor tanpa target waktu.")
    }

    static func realisasi(row: Int, reading: PlanRealisasi.Reading) -> PlanImportProblem? {
        let (code, message): (Code, String)
        switch reading {
        case .none, .percent: return nil
        case .invalid(let text):
            (code, message) = (.invalidRealisasi, "Realisasi \(quoted(text)) bukan angka persen; baris diimpor tanpa realisasi.")
        case .outOfRange(let value):
            (code, message) = (.realisasiOutOfRange, "Realisasi \(decimal(value))% di luar 0–100%; baris diimpor tanpa realisasi.")
        case .ambiguous(let value):
            (code, message) = (
                .ambiguousRealisasi,
                "Realisasi \(decimal(value)) dibaca sebagai \(decimal(value))%; tulis \(decimal(value * 100))% bila maksudnya itu."
            )
        }
        return PlanImportProblem(row: row, column: .realisasi, code: code, message: message)
    }

    static func duplicateRow(row: Int, firstRow: Int) -> PlanImportProblem {
        PlanImportProblem(
            row: row, column: nil, code: .duplicateRow,
            message: "Baris ini sama persis dengan baris \(firstRow); baris tidak diimpor.")
    }

    /// `text` in quotation marks, shortened to 80 characters.
    private static func quoted(_ text: String) -> String {
        "“" + (text.count > 80 ? text.prefix(79) + "…" : text) + "”"
    }

    /// A number rounded to four decimals, with an Indonesian decimal comma: `0,75`.
    private static func decimal(_ number: Double) -> String {
        XLSXValue.literal((number * 10_000).rounded() / 10_000).replacingOccurrences(of: ".", with: ",")
    }
}
