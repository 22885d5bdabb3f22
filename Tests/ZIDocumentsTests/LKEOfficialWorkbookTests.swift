import Foundation
import XCTest
import ZICore

@testable import ZIDocuments

/// KemenPANRB's workbook layout (sheet `Jawaban`, master rows, K/L/M/N/Q): out and back in,
/// and every sheet, row and cell that cannot be used reported by sheet, row and column.
final class LKEOfficialWorkbookTests: XCTestCase {
    private func master() throws -> LKEFramework {
        try LKEFrameworkRegistry.bundled().framework(id: "lke-zi-2026")
    }

    private let records: [String: PortalRBQuestionRecord] = [
        "A.I.1.i.a": .init(
            unitAnswer: .option("Ya"), tpiAnswer: .option("Tidak"), unitNote: "SK Tim", evidence: "SK 12/2026",
            tpiNote: "SK belum ditandatangani"),
        "A.I.1.iii.a": .init(unitAnswer: .option("B"), tpiAnswer: nil, unitNote: nil, evidence: nil, tpiNote: nil),
        "A.II.3.iii.a": .init(
            unitAnswer: .inputs(["pelanggaranTahunSebelumnya": 8, "pelanggaranTahunIni": 5, "pelanggaranDisanksi": 5]), tpiAnswer: nil,
            unitNote: "Data disiplin 2025–2026", evidence: nil, tpiNote: nil),
        "B.I.a": .init(unitAnswer: .number(3.6), tpiAnswer: .number(3.52), unitNote: nil, evidence: nil, tpiNote: nil),
    ]

    func testTheAnswersSitOnTheMastersRowsAndColumnsAndComeBack() throws {
        let framework = try master()
        let data = try LKEOfficialWorkbook.export(framework: framework, records: records, unitName: "Balai Uji", year: 2026)
        XCTAssertEqual(LKEOfficialLayout.Column.allCases.map(\.letter), ["K", "L", "M", "N", "Q"])
        let sheet = try XLSXReader().read(data).sheet(named: "Jawaban")
        XCTAssertEqual(sheet[CellReference("K6")!]?.value, .text("Ya"), "soal 1 is row 6, the unit's answer is K")
        XCTAssertEqual(sheet[CellReference("N6")!]?.value, .text("Tidak"), "the TPI's answer is N")
        XCTAssertEqual(sheet[CellReference("L6")!]?.value, .text("SK Tim"))
        XCTAssertEqual(sheet[CellReference("M6")!]?.value, .text("SK 12/2026"))
        XCTAssertEqual(sheet[CellReference("Q6")!]?.value, .text("SK belum ditandatangani"))
        XCTAssertEqual(sheet[CellReference("K152")!]?.value, .number(8), "a Jumlah row holds its count")
        XCTAssertEqual(sheet[CellReference("K199")!]?.value, .number(3.6), "IPAK on row 199")

        let back = try LKEOfficialWorkbook.read(data, framework: framework)
        XCTAssertEqual(back.issues, [])
        XCTAssertEqual(back.unitAnswers, records.compactMapValues(\.unitAnswer))
        XCTAssertEqual(back.tpiAnswers, records.compactMapValues(\.tpiAnswer))
        XCTAssertEqual(back.unitNotes, ["A.I.1.i.a": "SK Tim", "A.II.3.iii.a": "Data disiplin 2025–2026"])
        XCTAssertEqual(back.evidence, ["A.I.1.i.a": "SK 12/2026"])
        XCTAssertEqual(back.tpiNotes, ["A.I.1.i.a": "SK belum ditandatangani"])
    }

    func testEverySheetRowAndCellThatCannotBeUsedIsNamed() throws {
        func cells(_ values: [String: XLSXValue]) -> [XLSXRow] {
            var rows = [XLSXRow](repeating: XLSXRow(), count: 200)
            for (reference, value) in values {
                let cell = CellReference(reference)!
                var row = rows[cell.row - 1].cells
                if row.count < cell.column { row += [XLSXCell?](repeating: nil, count: cell.column - row.count) }
                row[cell.column - 1] = XLSXCell(value)
                rows[cell.row - 1].cells = row
            }
            return rows
        }
        let jawaban = XLSXSheet(
            name: "Jawaban",
            rows: cells([
                "K6": .text("Mungkin"), "K7": .number(2), "K9": .text(" ya "), "K8": .text("A"), "K152": .text("delapan"),
                "K158": .number(10), "K199": .text("3,75"), "N199": .number(5),
            ]))
        let data = try XLSXWriter.write(
            XLSXWorkbook(sheets: [XLSXSheet(name: "Petunjuk", rows: cells(["A1": .text("Isi kolom K")])), jawaban]))
        let read = try LKEOfficialWorkbook.read(data, framework: try master())
        let found = read.issues.map { "\($0.sheet)|\($0.row.map(String.init) ?? "-")|\($0.column ?? "-")|\($0.reason.code)" }
        XCTAssertEqual(
            found,
            [
                "Petunjuk|-|-|sheet_ignored", "Jawaban|6|K|not_an_option", "Jawaban|7|K|not_an_option", "Jawaban|8|K|outside_master_rows",
                "Jawaban|152|K|not_a_number", "Jawaban|158|K|invalid", "Jawaban|199|N|invalid",
            ])
        XCTAssertEqual(read.unitAnswers["A.I.1.ii.a"], .option("Ya"), "a code is matched without regard to case and spaces")
        XCTAssertEqual(read.unitAnswers["B.I.a"], .number(3.75), "a decimal comma is read")
        XCTAssertNil(read.unitAnswers["A.II.4.i.a"], "one of two Jumlah rows is not enough: reported, not guessed")
    }

    func testAFileWithoutTheJawabanSheetIsRefusedNamingTheSheetsFound() throws {
        let data = try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "Sheet1", rows: [XLSXRow(cells: [XLSXCell(.text("x"))])])]))
        XCTAssertThrowsError(try LKEOfficialWorkbook.read(data, framework: try master())) { error in
            XCTAssertEqual(error as? LKEWorkbookError, .officialSheetMissing(found: ["Sheet1"]))
        }
        XCTAssertThrowsError(try LKEOfficialWorkbook.read(Data("bukan xlsx".utf8), framework: try master()))
        let earlier = try LKEFrameworkRegistry.bundled().framework(id: "permenpanrb-90-2021")
        XCTAssertThrowsError(try LKEOfficialWorkbook.read(data, framework: earlier)) { error in
            XCTAssertEqual(error as? LKEWorkbookError, .noMasterRows)
        }
    }
}

/// The official workbook in LibreOffice, when it is installed.
final class LKEOfficialWorkbookLibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeOpensTheOfficialWorkbookAndItsResaveImportsTheSame() throws {
        let framework = try LKEFrameworkRegistry.bundled().framework(id: "lke-zi-2026")
        let records: [String: PortalRBQuestionRecord] = [
            "A.I.1.i.a": .init(unitAnswer: .option("Ya"), tpiAnswer: nil, unitNote: "SK Tim", evidence: nil, tpiNote: nil),
            "B.II.a": .init(unitAnswer: .number(3.4), tpiAnswer: nil, unitNote: nil, evidence: nil, tpiNote: nil),
        ]
        let data = try LKEOfficialWorkbook.export(framework: framework, records: records, unitName: "Balai Uji", year: 2026)
        let files = try office.convert(data, fileName: "lke.xlsx", to: "xlsx:Calc MS Excel 2007 XML")
        let back = try LKEOfficialWorkbook.read(try XCTUnwrap(files["lke.xlsx"]), framework: framework)
        XCTAssertEqual(back.issues, [])
        XCTAssertEqual(back.unitAnswers, ["A.I.1.i.a": .option("Ya"), "B.II.a": .number(3.4)])
        XCTAssertEqual(back.unitNotes, ["A.I.1.i.a": "SK Tim"])
    }
}
