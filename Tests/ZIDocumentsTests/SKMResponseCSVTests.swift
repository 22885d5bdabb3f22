import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// Reading SKM responses from CSV files for `sizi skm compute`.
final class SKMResponseCSVTests: XCTestCase {
    private func parse(_ text: String) throws -> [SKMResponse] {
        try SKMResponseCSV.parse(Data(text.utf8))
    }

    private func assertError(_ text: String, _ expected: SKMCSVError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parse(text), file: file, line: line) { error in
            XCTAssertEqual(error as? SKMCSVError, expected, file: file, line: line)
        }
    }

    private let header = "U1,U2,U3,U4,U5,U6,U7,U8,U9"

    func testSemicolonFileWithProfileColumnsInAnyOrder() throws {
        let csv = """
            No;Usia;Jenis Kelamin;u9;U1;U2;U3;U4;U5;U6;U7;U8;Layanan
            1;34;P;3;4;4;3;4;3;3;4;3;KTP
            2;51;L;3;3;3;3;4;3;3;3;2;Akta, kelahiran

            3;27;P; 3 ;3;4;2;4;3;4;4;3;KTP
            4;40;L;4;4;3;3;4;3;3;3;2;KK

            """
        let responses = try parse(csv)

        XCTAssertEqual(responses.count, 4, "the empty lines are skipped")
        XCTAssertEqual(responses[0].scores, [.u1: 4, .u2: 4, .u3: 3, .u4: 4, .u5: 3, .u6: 3, .u7: 4, .u8: 3, .u9: 3])
        XCTAssertEqual(responses[2].scores[.u9], 3, "spaces around a score are ignored")
        let result = try XCTUnwrap(SKMCalculator.compute(responses))
        XCTAssertEqual(result.ikm, 3.25)
        XCTAssertEqual(result.grade, .b)
    }

    func testTabSeparatedFile() throws {
        let csv = header.replacing(",", with: "\t") + "\n" + "4\t4\t4\t4\t4\t4\t4\t4\t4\n"
        XCTAssertEqual(try parse(csv).count, 1)
    }

    func testMissingColumnsAreNamed() {
        assertError("U1,U2,U3,U4,U5,U6,U8,U9\n4,4,4,4,4,4,4,4\n", .missingColumns([.u7]))
        assertError("Nama,Usia\nBudi,34\n", .missingColumns(SKMElement.allCases))
        XCTAssertEqual(
            SKMCSVError.missingColumns([.u7]).description,
            "Kolom U7 tidak ditemukan pada baris judul. Baris pertama harus memuat kolom U1 sampai U9.")
    }

    func testDuplicateColumnIsRefused() {
        assertError("\(header),u3\n4,4,4,4,4,4,4,4,4,1\n", .duplicateColumn(.u3))
    }

    func testBadValueNamesRowColumnAndValue() {
        let csv = "\(header)\n4,4,4,4,4,4,4,4,4\n4,4,5,4,4,4,4,4,4\n"
        assertError(csv, .badValue(row: 3, column: .u3, value: "5"))
        XCTAssertEqual(
            SKMCSVError.badValue(row: 7, column: .u3, value: "5").description,
            "baris 7, kolom U3: \"5\" bukan nilai 1–4")
    }

    func testRowNumbersCountEmptyLinesAndTheHeader() {
        assertError("\n\(header)\n\n4,4,4,4,4,4,4,4,0\n", .badValue(row: 4, column: .u9, value: "0"))
    }

    func testNonNumbersAndEmptyOrMissingCellsAreBadValues() {
        assertError("\(header)\n4,4,4,empat,4,4,4,4,4\n", .badValue(row: 2, column: .u4, value: "empat"))
        assertError("\(header)\n4,4,4,4,4,4,3.5,4,4\n", .badValue(row: 2, column: .u7, value: "3.5"))
        assertError("\(header)\n4,,4,4,4,4,4,4,4\n", .badValue(row: 2, column: .u2, value: ""))
        assertError("\(header)\n4,4,4,4,4,4,4\n", .badValue(row: 2, column: .u8, value: ""))
    }

    func testEmptyFileAndHeaderOnlyHaveNoRows() {
        assertError("", .noRows)
        assertError("\n \n", .noRows)
        assertError("\(header)\n\n", .noRows)
    }

    func testByteOrderMarkIsNotPartOfTheFirstColumn() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("\(header)\r\n1,2,3,4,1,2,3,4,1\r\n".utf8)
        let responses = try SKMResponseCSV.parse(data)
        XCTAssertEqual(responses.map { $0.scores[.u1] }, [1])
        XCTAssertEqual(responses.map { $0.scores[.u9] }, [1], "no carriage return left in the last cell")
    }

    func testNonUTF8AndUnclosedQuote() {
        XCTAssertThrowsError(try SKMResponseCSV.parse(Data("\(header)\n".utf8) + Data([0xE9, 0x0A]))) { error in
            XCTAssertEqual(error as? SKMCSVError, .notUTF8)
        }
        assertError("\(header),Saran\n4,4,4,4,4,4,4,4,4,\"bagus\n", .unclosedQuote(row: 2))
    }
}
