import Foundation
import XCTest
@testable import ZICore

/// JSON written by hand (``JSONText``) says exactly what `JSONEncoder` says of the same value.
final class JSONTextTests: XCTestCase {
    private let awkward = [
        "Catatan \"penting\" di C:\\data\\ZI", "baris 1\nbaris 2\r\n\tdan tab", "kontrol \u{01}\u{1F} akhir",
        "Unicode: ✓ Rp1.500.000 — 日本", "https://sizi.example/bagi/3f2a/abc?x=1&y=2", "",
    ]

    func testEveryRowShapeEqualsTheEncodersJSON() throws {
        var rows: [PortalRBAnswer] = []
        for (index, text) in awkward.enumerated() {
            rows.append(
                PortalRBAnswer(
                    soalID: index + 1, jawabanUnit: .text(text), jawabanTPI: .number([0, 3, 3.6, 0.67, -2.5, 1e-5][index]),
                    catatanUnit: text, buktiDukungUnit: nil, catatanTPI: index.isMultiple(of: 2) ? text : nil))
        }
        rows.append(PortalRBAnswer(soalID: 99, jawabanUnit: nil, jawabanTPI: nil, catatanUnit: nil, buktiDukungUnit: nil, catatanTPI: nil))
        var json = JSONText()
        json.array(rows) { json, row in row.write(to: &json) }

        let written = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? NSArray
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(rows)) as? NSArray
        XCTAssertEqual(written, encoded)
        XCTAssertEqual(written?.count, 7)
    }

    func testNumbersAreWrittenAsTheEncoderWritesThem() {
        for (value, text) in [(3.0, "3"), (3.6, "3.6"), (0.67, "0.67"), (-2.5, "-2.5"), (0, "0"), (1e20, "1e+20")] {
            var json = JSONText()
            json.number(value)
            XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self), text)
        }
        var json = JSONText()
        json.number(.nan)
        XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self), "null")
    }

    func testMembersAndElementsAreSeparatedOnce() {
        var json = JSONText()
        json.object { json in
            json.key("a")
            json.array([1, 2]) { json, value in json.integer(value) }
            json.key("b")
            json.object { _ in }
            json.key("c")
            json.string("x\u{7F}")
        }
        XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self), "{\"a\":[1,2],\"b\":{},\"c\":\"x\u{7F}\"}")
    }
}
