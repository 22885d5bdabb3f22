import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// Opens exported workbooks in LibreOffice (headless), when it is installed: the strongest
/// check available here that a real spreadsheet application accepts the files, and a source of
/// files re-saved the way applications save them (shared strings, their own styles).
final class LibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeOpensTheExportedWorkbook() throws {
        let framework = try DocumentsFixtures.framework()
        let csv = try office.convertToText(LKEWorkbookFixtures.export(framework), fileName: "lke.xlsx", to: "csv")
        XCTAssertTrue(csv.contains("Kantor Pelayanan Contoh"))
        XCTAssertTrue(csv.contains("Penilaian,Bobot,Penjelasan,Pilihan Jawaban,Jawaban,Nilai,%,Catatan,ID (jangan diubah)"))
        XCTAssertTrue(csv.contains("A.II.1.i.a#agenPerubahan"))
        XCTAssertTrue(csv.contains("B.II.a"))
    }

    func testAWorkbookResavedByLibreOfficeImportsTheSame() throws {
        let framework = try DocumentsFixtures.framework()
        let files = try office.convert(LKEWorkbookFixtures.export(framework), fileName: "lke.xlsx", to: "xlsx:Calc MS Excel 2007 XML")
        let resaved = try XCTUnwrap(files["lke.xlsx"])
        let parts = try DocumentsFixtures.unzip(resaved)
        XCTAssertNotNil(parts["xl/sharedStrings.xml"], "LibreOffice moves text into a shared-string table")
        let result = try LKEWorkbook.import(data: resaved, framework: framework)
        XCTAssertEqual(result.issues, [])
        XCTAssertEqual(result.answers, LKEWorkbookFixtures.mixedAnswers(framework))
        XCTAssertEqual(result.notes, LKEWorkbookFixtures.notes)
        XCTAssertEqual(result.unitName, "Kantor Pelayanan Contoh")
        XCTAssertEqual(result.year, 2025)
    }
}
