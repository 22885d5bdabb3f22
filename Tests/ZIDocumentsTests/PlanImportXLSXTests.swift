import XCTest
@testable import ZIDocuments

/// Reading a plan table from a workbook written by ``XLSXWriter``.
final class PlanImportXLSXTests: XCTestCase {
    private func text(_ text: String) -> XLSXCell { XLSXCell(.text(text)) }

    private func workbook(_ sheets: [XLSXSheet]) throws -> Data {
        try XLSXWriter.write(XLSXWorkbook(sheets: sheets))
    }

    func testSheetWithHeaderMergedCellsAndPercentages() throws {
        let percent = XLSXStyle(numberFormat: .percentTwoDecimals)
        let plan = XLSXSheet(
            name: "Rencana Aksi",
            rows: [
                XLSXRow(cells: [text("RENCANA KERJA ZONA INTEGRITAS 2025")]),
                XLSXRow(cells: ["NO", "AREA", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET WAKTU", "% REALISASI"].map(text)),
                XLSXRow(cells: [text("I"), text("MANAJEMEN PERUBAHAN")]),
                XLSXRow(cells: [
                    text("1"), nil, text("Tim kerja dibentuk"), text("Menyusun SOP"), text("1. SOP\n2. SK"), text("Januari 2025"),
                    XLSXCell(.number(0.75), style: percent),
                ]),
                XLSXRow(cells: [nil, nil, nil, text("Menetapkan SK"), text("SK"), XLSXCell(.number(2025)), XLSXCell(.number(40))]),
                XLSXRow(),
                XLSXRow(cells: [nil, text("Penguatan Pengawasan"), text("WBS"), text("Membangun WBS"), nil, text("Juni 2025"), text("50%")]
                ),
            ],
            mergedRanges: [
                CellRange(CellReference(row: 3, column: 2), CellReference(row: 3, column: 7)),
                CellRange(CellReference(row: 4, column: 3), CellReference(row: 5, column: 3)),
            ])
        let notes = XLSXSheet(name: "Petunjuk", rows: [XLSXRow(cells: [text("Isi tabel pada lembar Rencana Aksi.")])])

        let result = try PlanTableImport.parse(xlsx: workbook([notes, plan]))

        XCTAssertEqual(result.sheetName, "Rencana Aksi")
        XCTAssertEqual(result.headerRow, 2)
        XCTAssertEqual(result.skippedEmptyRows, 1)
        XCTAssertEqual(result.problems.map(\.code), [.beforeHeader])
        XCTAssertEqual(result.headings, [PlanImportHeading(row: 3, text: "MANAJEMEN PERUBAHAN", kind: .area(.standard(1)))])
        XCTAssertEqual(
            result.rows,
            [
                PlanImportRow(
                    sourceRow: 4, area: .standard(1), komponen: nil, indikator: "Tim kerja dibentuk", langkahAksi: "Menyusun SOP",
                    buktiFisik: ["SOP", "SK"], targetWaktu: "Januari 2025", realisasiPercent: 75),
                PlanImportRow(
                    sourceRow: 5, area: .standard(1), komponen: nil, indikator: "Tim kerja dibentuk", langkahAksi: "Menetapkan SK",
                    buktiFisik: ["SK"], targetWaktu: "2025", realisasiPercent: 40),
                PlanImportRow(
                    sourceRow: 7, area: .standard(5), komponen: nil, indikator: "WBS", langkahAksi: "Membangun WBS",
                    buktiFisik: [], targetWaktu: "Juni 2025", realisasiPercent: 50),
            ])
    }

    func testWorkbookWithoutAPlanTableNamesTheClosestSheet() throws {
        let data = try workbook([
            XLSXSheet(name: "Catatan", rows: [XLSXRow(cells: [text("Catatan")])]),
            XLSXSheet(name: "Draf", rows: [XLSXRow(cells: ["Indikator", "Kegiatan"].map(text))]),
        ])

        XCTAssertThrowsError(try PlanTableImport.parse(xlsx: data)) { error in
            XCTAssertEqual(
                error as? PlanImportError,
                .missingColumns(missing: [.targetWaktu], found: [.indikator, .langkahAksi], row: 1, sheet: "Draf"))
            XCTAssertTrue(String(describing: error).contains("(lembar \"Draf\")"))
        }
    }

    func testRefusesASheetWhoseCellsSpanTooManyCells() throws {
        // Cells in the last column (XFD) of 123 rows: 123 × 16,384 cells, over the 2,000,000 allowed.
        let farRight = (1...123).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        XCTAssertThrowsError(try PlanTableImport.parse(xlsx: DocumentsFixtures.package(sheetData: farRight))) { error in
            XCTAssertEqual(
                error as? PlanImportError, .file(.sheetTooLarge(sheet: "Data", lastRow: 123, lastColumn: CellReference.maxColumn)))
            XCTAssertEqual(
                String(describing: error),
                "Lembar \"Data\" terlalu besar untuk diimpor: sel berisi tersebar sampai kolom XFD dan "
                    + "baris 123 (lebih dari 2.000.000 sel). Hapus isi sel di luar tabel, lalu unggah lagi.")
        }
        XCTAssertThrowsError(
            try EmployeeImport.preview(xlsx: DocumentsFixtures.package(sheetData: farRight), existingNIPs: [], currentYear: 2026)
        ) {
            XCTAssertEqual(
                $0 as? EmployeeImportError, .file(.sheetTooLarge(sheet: "Data", lastRow: 123, lastColumn: CellReference.maxColumn)))
        }
    }

    func testAStrayCellFarRightDoesNotStopTheImport() throws {
        let rows = [["AREA", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU"], ["Penguatan Pengawasan", "WBS", "Membangun WBS", "Juni 2025"]]
        let table = rows.enumerated().map { index, texts in
            let cells = texts.enumerated().map {
                #"<c r="\#(CellReference(row: index + 1, column: $0 + 1))" t="inlineStr"><is><t>\#($1)</t></is></c>"#
            }
            return #"<row r="\#(index + 1)">\#(cells.joined())</row>"#
        }
        let data = try DocumentsFixtures.package(sheetData: table.joined() + #"<row r="3"><c r="XFD3"><v>1</v></c></row>"#)
        XCTAssertEqual(try PlanTableImport.parse(xlsx: data).rows.map(\.langkahAksi), ["Membangun WBS"])
    }

    func testUnreadableWorkbook() {
        XCTAssertThrowsError(try PlanTableImport.parse(xlsx: Data("bukan xlsx".utf8))) { error in
            guard case .file(.unreadableWorkbook)? = error as? PlanImportError else { return XCTFail("\(error)") }
        }
    }
}
