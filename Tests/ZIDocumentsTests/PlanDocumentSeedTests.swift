import XCTest
@testable import ZIDocuments

/// The acceptance test of the plan document: the action tables of the real seed plans, imported,
/// come out whole in the DOCX and the HTML — every indikator, langkah aksi and bukti fisik.
final class PlanDocumentSeedTests: XCTestCase {
    func testBalitnak2021SurvivesTheRoundTrip() throws {
        try assertRoundTrip("rencana-kerja-balai-penelitian-ternak-2021.md", unitName: "Balai Penelitian Ternak", year: 2021, actions: 72)
    }

    func testPerkebunan2025SurvivesTheRoundTrip() throws {
        try assertRoundTrip(
            "rencana-kerja-pusat-standardisasi-perkebunan-2025.md", unitName: "Pusat Standardisasi Instrumen Perkebunan",
            year: 2025, actions: 112)
    }

    private func assertRoundTrip(
        _ seed: String, unitName: String, year: Int, actions: Int, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let table = try PlanSeedTable.load(seed)
        let result = try PlanTableImport.parse(csv: table.csv)
        XCTAssertEqual(result.rows.count, actions, file: file, line: line)
        let document = PlanDocument(importResult: result, unitName: unitName, year: year)
        XCTAssertEqual(
            document.areas.flatMap(\.indikators).flatMap(\.actions).count, actions, "every row is an action", file: file, line: line)

        let data = try PlanDocumentDOCX.render(document)
        try PlanDocumentFixtures.assertWellFormedPackage(data, file: file, line: line)
        let text = WordMLTextCollector.normalized(try PlanDocumentFixtures.text(data))
        let html = PlanDocumentHTML.render(document, stylesheetHref: nil)
        for row in result.rows {
            for expected in [row.indikator, row.langkahAksi] + row.buktiFisik {
                XCTAssertTrue(
                    text.contains(WordMLTextCollector.normalized(expected)), "row \(row.sourceRow): \(expected)", file: file, line: line)
                for part in expected.components(separatedBy: "\n") {
                    XCTAssertTrue(
                        html.contains(XMLEscaping.escape(part.trimmingCharacters(in: .whitespaces))),
                        "row \(row.sourceRow) in the HTML: \(part)", file: file, line: line)
                }
            }
        }
        XCTAssertTrue(text.contains("I. MANAJEMEN PERUBAHAN"), file: file, line: line)
        XCTAssertTrue(text.contains("VI. PENINGKATAN KUALITAS PELAYANAN PUBLIK"), file: file, line: line)
    }
}
