import Foundation
import ZICore

/// Why a CSV or XLSX table (a work plan, an employee list) could not be read at all.
public enum TableFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The CSV file is not UTF-8 text.
    case notUTF8
    /// A quoted CSV cell opened in this record (1-based) is never closed.
    case unclosedQuote(row: Int)
    /// The workbook cannot be read.
    case unreadableWorkbook(XLSXReadError)
    /// The file holds no non-empty row.
    case empty
    /// The filled cells of a sheet reach so far right and down (up to `lastRow` and
    /// `lastColumn`) that its rows span more than ``PlanSheet/maxCells`` cells.
    case sheetTooLarge(sheet: String, lastRow: Int, lastColumn: Int)

    /// The error of a CSV file that cannot be read.
    init(_ error: CSVError) {
        switch error {
        case .notUTF8: self = .notUTF8
        case .unclosedQuote(let row): self = .unclosedQuote(row: row)
        }
    }

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .notUTF8: CSVError.notUTF8.description
        case .unclosedQuote(let row): CSVError.unclosedQuote(row: row).description
        case .unreadableWorkbook(let error): "Berkas XLSX tidak dapat dibaca: \(error)"
        case .empty: "Berkas tidak berisi data."
        case .sheetTooLarge(let sheet, let lastRow, let lastColumn):
            "Lembar \"\(sheet)\" terlalu besar untuk diimpor: sel berisi tersebar sampai kolom \(CellReference.columnName(lastColumn))"
                + " dan baris \(GroupedNumber.text(lastRow)) (lebih dari \(GroupedNumber.text(PlanSheet.maxCells)) sel)."
                + " Hapus isi sel di luar tabel, lalu unggah lagi."
        }
    }
}

/// An importer's error that can carry a ``TableFileError``.
protocol TableFileFailure: Error {
    static func file(_ error: TableFileError) -> Self
}

/// Reads an uploaded table into sheets: a CSV file is one sheet, an XLSX workbook its sheets.
/// A file that cannot be read, or has no non-empty row, fails as the importer's `Failure`.
enum TableFile {
    /// The one sheet of a CSV file (UTF-8 with or without a byte-order mark, separated by `,`,
    /// `;` or tabs, quoted cells holding separators and line breaks allowed).
    static func sheets<Failure: TableFileFailure>(csv: Data, as _: Failure.Type) throws(Failure) -> [PlanSheet] {
        let records: [[String]]
        do {
            records = try CSVParser.records(csv)
        } catch {
            throw .file(TableFileError(error))
        }
        return try withData([PlanSheet(csvRecords: records)], as: Failure.self)
    }

    /// The sheets of an XLSX workbook.
    static func sheets<Failure: TableFileFailure>(xlsx: Data, as _: Failure.Type) throws(Failure) -> [PlanSheet] {
        let workbook: XLSXWorkbookContents
        do {
            workbook = try XLSXReader().read(xlsx)
        } catch let error as XLSXReadError {
            throw .file(.unreadableWorkbook(error))
        } catch {
            throw .file(.unreadableWorkbook(.notXLSX(reason: String(describing: error))))
        }
        let sheets: [PlanSheet]
        do {
            sheets = try workbook.sheets.map(PlanSheet.init)
        } catch {
            throw .file(error)
        }
        return try withData(sheets, as: Failure.self)
    }

    /// `sheets`, refused when none has a non-empty row.
    private static func withData<Failure: TableFileFailure>(_ sheets: [PlanSheet], as _: Failure.Type) throws(Failure) -> [PlanSheet] {
        guard sheets.contains(where: { $0.rows.contains { !$0.isEmpty } }) else { throw .file(.empty) }
        return sheets
    }
}
