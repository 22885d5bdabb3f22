import XCTest
@testable import ZIDocuments

final class XMLEscapingTests: XCTestCase {
    func testEscapesMarkupQuotesAndLineBreaks() {
        XCTAssertEqual(XMLEscaping.escape(#"a & b < c > d "e" 'f'"#), "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        XCTAssertEqual(XMLEscaping.escape("x\ty\r\nz"), "x&#9;y&#13;&#10;z")
    }

    func testDropsCharactersIllegalInXML() {
        XCTAssertEqual(XMLEscaping.escape("a\u{0}b\u{1}c\u{B}d\u{1F}e\u{FFFE}f\u{FFFF}g"), "abcdefg")
        XCTAssertEqual(XMLEscaping.escape("Zona 🟢 Integritas – é"), "Zona 🟢 Integritas – é")
    }

    func testSpreadsheetStringEscapesLiteralHexSequences() {
        XCTAssertEqual(XMLEscaping.escapeSpreadsheetString("_x0041_ and _xZZZZ_"), "_x005F_x0041_ and _xZZZZ_")
        for text in ["_x0041_", "__x0041__", "_x005F_", "plain", "_x12", "a_x0009_b"] {
            XCTAssertEqual(XMLEscaping.decodeSpreadsheetString(String(XMLEscaping.escapeSpreadsheetString(text))), text)
        }
    }

    func testDecodesHexSequencesWrittenByExcel() {
        XCTAssertEqual(XMLEscaping.decodeSpreadsheetString("line_x000D_\nnext_x0041_"), "line\r\nnextA")
        XCTAssertEqual(XMLEscaping.decodeSpreadsheetString("_xD800_"), "_xD800_", "a surrogate is no character")
    }
}

final class CellReferenceTests: XCTestCase {
    func testParsesAndPrintsReferences() throws {
        for (text, row, column) in [("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("AB12", 12, 28), ("XFD1048576", 1_048_576, 16_384)] {
            let reference = try XCTUnwrap(CellReference(text), text)
            XCTAssertEqual([reference.row, reference.column], [row, column], text)
            XCTAssertEqual(reference.description, text)
        }
        XCTAssertEqual(CellReference("ab12"), CellReference(row: 12, column: 28))
    }

    func testRejectsWhatIsNoReference() {
        for text in ["", "A", "12", "A0", "A01", "1A", "XFE1", "A1048577", "AAAA1", "A1B", "Ä1", "$A$1"] {
            XCTAssertNil(CellReference(text), text)
        }
    }

    func testRangesNormalizeCornersAndDetectOverlap() {
        let range = CellRange(CellReference("C3")!, CellReference("A1")!)
        XCTAssertEqual(range.description, "A1:C3")
        XCTAssertTrue(range.overlaps(CellRange(CellReference("C3")!, CellReference("D4")!)))
        XCTAssertFalse(range.overlaps(CellRange(CellReference("D1")!, CellReference("E2")!)))
        XCTAssertTrue(CellRange(CellReference("B2")!, CellReference("B2")!).isSingleCell)
    }
}
