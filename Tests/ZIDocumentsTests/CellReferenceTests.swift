import XCTest
@testable import ZIDocuments

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
