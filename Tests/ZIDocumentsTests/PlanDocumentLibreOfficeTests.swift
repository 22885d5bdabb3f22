import XCTest
@testable import ZIDocuments

/// Opens the plan document in LibreOffice (headless), when it is installed, and reads its text
/// and page sizes back: a real word processor accepts the file.
final class PlanDocumentLibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeReadsThePlanDocument() throws {
        let document = PlanDocumentBenchmark.sample(actions: 40)
        let text = try office.convertToText(PlanDocumentDOCX.render(document), fileName: "rencana.docx", to: LibreOffice.plainText)
        XCTAssertTrue(text.contains("BALAI BESAR PENGUJIAN STANDAR INSTRUMEN CONTOH"))
        XCTAssertTrue(text.contains(document.unitName))
        let action = try XCTUnwrap(document.areas.last?.indikators.last?.actions.last)
        XCTAssertTrue(text.contains(action.langkahAksi), action.langkahAksi)
        XCTAssertTrue(text.contains("VI. PENINGKATAN KUALITAS PELAYANAN PUBLIK"))
        XCTAssertTrue(text.contains("NIP. 197203151998032001"))
    }

    func testLibreOfficeLaysThePlanOutOnPortraitAndLandscapePages() throws {
        let files = try office.convert(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()), fileName: "rencana.docx", to: "pdf")
        let pdf = String(decoding: try XCTUnwrap(files["rencana.pdf"]), as: UTF8.self)
        let pages = pdf.matches(of: /\/MediaBox\[0 0 ([0-9.]+) ([0-9.]+)\]/).compactMap { match in
            Double(match.1).flatMap { width in Double(match.2).map { [Int(width.rounded()), Int($0.rounded())] } }
        }
        XCTAssertTrue(pages.contains([595, 842]), "portrait A4 pages: \(Set(pages))")
        XCTAssertTrue(pages.contains([842, 595]), "landscape A4 pages: \(Set(pages))")
        XCTAssertEqual(pages.first, [595, 842])
    }
}
