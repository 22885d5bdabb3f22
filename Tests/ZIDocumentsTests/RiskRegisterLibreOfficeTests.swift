import XCTest
import ZICore
@testable import ZIDocuments

/// Opens the risk register workbook in LibreOffice (headless), when it is installed, and reads it back.
final class RiskRegisterLibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeReadsTheRegister() throws {
        let data = try XLSXWriter.write(
            RiskRegisterXLSX.workbook(RiskRegisterXLSXTests.rows(), matrix: try RiskMatrixLoader.bundled(), title: "Register Risiko"))
        let csv = try office.convertToText(data, fileName: "risiko.xlsx", to: "csv")
        XCTAssertTrue(csv.hasPrefix("NO,SASARAN,RISIKO,PENYEBAB"), csv)
        XCTAssertTrue(csv.contains("1,5,20,Sangat Tinggi,CCTV"), csv)
        XCTAssertTrue(csv.contains("\"=HYPERLINK(\"\"http://contoh\"\")\""), "the risk stays text:\n\(csv)")
    }
}
