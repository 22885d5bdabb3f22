import XCTest
import ZICore
@testable import ZIDocuments

final class ComplaintRegisterXLSXTests: XCTestCase {
    private func row(_ sheet: XLSXSheetContents, _ number: Int) -> [XLSXValue?] {
        (1...ComplaintRegisterXLSX.header.count).map { sheet[CellReference(row: number, column: $0)]?.value }
    }

    func testEveryComplaintIsARowUnderAFrozenHeader() throws {
        let sheet = ComplaintRegisterXLSX.sheet(ComplaintFixtures.rows(), names: TestNames.indonesian)
        XCTAssertEqual(sheet.name, "Pengaduan")
        XCTAssertEqual(sheet.rows.count, 4)
        XCTAssertEqual(sheet.frozenRows, 1)
        XCTAssertEqual(sheet.printSetup?.repeatedRows, 1...1)
        XCTAssertTrue(sheet.rows[0].cells.allSatisfy { $0?.style.isBold == true })
        XCTAssertEqual(sheet.columns.count, ComplaintRegisterXLSX.header.count)
        XCTAssertEqual([2, 8, 9].map { sheet.rows[1].cells[$0]?.style.numberFormat }, [.date, .date, .date], "dates are date cells")
    }

    func testWrittenRegisterReadsBackWithDateSerialsAndNumbers() throws {
        let data = try XLSXWriter.write(
            ComplaintRegisterXLSX.workbook(ComplaintFixtures.rows(), title: "Register Pengaduan Balai Contoh", names: TestNames.indonesian))
        let sheet = try XLSXReader().read(data).sheet(named: "Pengaduan")
        XCTAssertEqual(
            row(sheet, 1).map { $0?.description },
            [
                "NO", "NOMOR PELACAKAN", "TANGGAL DITERIMA", "KANAL", "JENIS", "KATEGORI/LAYANAN", "JUDUL", "STATUS",
                "TANGGAL DIVERIFIKASI", "TANGGAL SELESAI", "HARI KERJA PENYELESAIAN", "TERLAMBAT",
            ])
        // 1 July 2026 is day 46204 after 30 December 1899.
        XCTAssertEqual(
            row(sheet, 2),
            [
                .number(1), .text("2026/000001"), .number(46204), .text("Formulir web"), .text("Pengaduan"),
                .text("Layanan Pengujian"), .text("Hasil uji terlambat"), .text("Selesai"), .number(46205), .number(46211),
                .number(5), .text("Tidak"),
            ])
        XCTAssertEqual(
            row(sheet, 3),
            [
                .number(2), .text("2026/000002"), .number(46218), .text("SP4N-LAPOR!"), .text("Aspirasi"),
                .text("Layanan Informasi"), .text("=HYPERLINK(\"http://contoh\")"), .text("Diproses"), .number(46219), nil,
                nil, .text("Ya"),
            ])
        XCTAssertEqual(
            row(sheet, 4),
            [
                .number(3), .text("2026/000003"), .number(46237), .text("WhatsApp"), .text("Permintaan informasi"),
                nil, .text("Jadwal layanan"), .text("Ditolak"), nil, nil, nil, .text("Tidak"),
            ])
    }

    func testDateCellsUseTheBuiltInDateFormatAndNoFormulaIsWritten() throws {
        let data = try XLSXWriter.write(
            ComplaintRegisterXLSX.workbook(ComplaintFixtures.rows(), title: "Register", names: TestNames.indonesian))
        let parts = try DocumentsFixtures.unzip(data)
        let styles = String(decoding: try XCTUnwrap(parts["xl/styles.xml"]), as: UTF8.self)
        let sheet = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        XCTAssertTrue(styles.contains(#"numFmtId="14""#))
        XCTAssertTrue(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        XCTAssertFalse(sheet.contains("<f>"), "a title typed as a formula stays text")
    }

    func testDateSerialsOfTheSpreadsheetEpoch() {
        XCTAssertEqual(XLSXValue.date(CalendarDate(year: 1970, month: 1, day: 1)!), .number(25569))
        XCTAssertEqual(XLSXValue.date(CalendarDate(year: 2026, month: 11, day: 22)!), .number(46348))
        XCTAssertEqual(XLSXValue.date(CalendarDate(year: 1900, month: 3, day: 1)!), .number(61))
    }

    func testAnEmptyRegisterHasOnlyTheHeader() throws {
        let sheet = ComplaintRegisterXLSX.sheet([], names: TestNames.indonesian)
        XCTAssertEqual(sheet.rows.count, 1)
        XCTAssertNoThrow(try XLSXWriter.write(XLSXWorkbook(sheets: [sheet])))
    }
}
