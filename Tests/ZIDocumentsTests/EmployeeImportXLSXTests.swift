import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// The employee import from a workbook written by ``XLSXWriter``: the sheet with the list,
/// booleans and numbers in cells, and a NIP that a spreadsheet stored as a number.
final class EmployeeImportXLSXTests: XCTestCase {
    private func text(_ text: String) -> XLSXCell { XLSXCell(.text(text)) }
    private func number(_ number: Double) -> XLSXCell { XLSXCell(.number(number)) }

    func testListOnItsOwnSheet() throws {
        let notes = XLSXSheet(name: "Petunjuk", rows: [XLSXRow(cells: [text("Isi daftar pada lembar Pegawai.")])])
        let employees = XLSXSheet(
            name: "Pegawai",
            rows: [
                XLSXRow(cells: ["NIP", "Nama", "Jabatan", "Wajib LHKPN (Ya/Tidak)", "Aktif"].map(text)),
                XLSXRow(cells: [text("198001012005011001"), text("Budi"), text("Kepala Balai"), XLSXCell(.boolean(true)), number(1)]),
                XLSXRow(cells: [number(198_001_012_005_011_001), text("Ani")]),
                XLSXRow(cells: [text("19800101.200501.1.002"), text("Citra"), nil, number(0), text("Tidak Aktif")]),
                XLSXRow(cells: [number(12345), text("Dedi")]),
            ])
        let data = try XLSXWriter.write(XLSXWorkbook(sheets: [notes, employees]))

        let result = try EmployeeImport.preview(xlsx: data, existingNIPs: ["198001012005011002"], currentYear: 2026)

        XCTAssertEqual(result.sheetName, "Pegawai")
        XCTAssertEqual(result.headerRow, 1)
        XCTAssertEqual(result.ignoredColumns, [])
        XCTAssertEqual(result.rows.map(\.sourceRow), [2, 4])
        XCTAssertEqual(result.rows.map(\.action), [.create, .update])
        XCTAssertEqual(result.rows.map(\.wajibLHKPN), [true, false], "a TRUE cell, a 0 cell")
        XCTAssertEqual(result.rows.map(\.aktif), [true, false])
        XCTAssertEqual(
            result.problems.map(\.description),
            [
                "baris 3 (NIP): NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; ubah format kolom NIP menjadi Teks lalu ketik ulang NIP-nya.",
                "baris 5 (NIP): NIP harus 18 digit angka (tertulis 5 digit).",
            ])
        XCTAssertEqual(
            result.summary, EmployeeImportPreview.Summary(rowsRead: 4, toCreate: 1, toUpdate: 1, rejected: 2, skippedEmptyRows: 0))
    }

    func testWorkbookWithoutAListNamesTheMissingColumns() throws {
        let data = try XLSXWriter.write(
            XLSXWorkbook(sheets: [XLSXSheet(name: "Data", rows: [XLSXRow(cells: ["Nama Lengkap", "Golongan"].map(text))])]))
        XCTAssertThrowsError(try EmployeeImport.preview(xlsx: data, existingNIPs: [], currentYear: 2026)) {
            XCTAssertEqual($0 as? EmployeeImportError, .missingColumns(missing: [.nip]))
        }
        XCTAssertThrowsError(try EmployeeImport.preview(xlsx: Data("bukan xlsx".utf8), existingNIPs: [], currentYear: 2026)) { error in
            guard case .file(.unreadableWorkbook)? = error as? EmployeeImportError else { return XCTFail("\(error)") }
        }
    }
}
