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
            XCTAssertEqual(XMLEscaping.decodeSpreadsheetString(XMLEscaping.escapeSpreadsheetString(text)), text)
        }
    }

    func testDecodesHexSequencesWrittenByExcel() {
        XCTAssertEqual(XMLEscaping.decodeSpreadsheetString("line_x000D_\nnext_x0041_"), "line\r\nnextA")
        XCTAssertEqual(XMLEscaping.decodeSpreadsheetString("_xD800_"), "_xD800_", "a surrogate is no character")
    }
}
