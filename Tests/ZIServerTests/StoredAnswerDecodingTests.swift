import Foundation
import XCTest
import ZICore

@testable import ZIServer

/// A stored answer reads back as the answer that was stored, whether the short path or the JSON
/// decoder reads it, and text that is not an answer reads as none.
final class StoredAnswerDecodingTests: XCTestCase {
    func testEveryAnswerShapeReadsBackAsStored() {
        let answers: [LKEAnswer] = [
            .option("Ya"), .option("A"), .option("Tidak \"lengkap\""), .number(3.6), .number(0), .number(-1.25),
            .inputs(["jumlah_pegawai": 120, "jumlah_lulus": 96.5]), .inputs(["a": 1e-5]), .inputs([:]),
            .inputs(["kunci, dengan koma": 3, "kunci:titik dua": 4]),
        ]
        for answer in answers {
            XCTAssertEqual(AssessmentScoring.decode(AssessmentScoring.encode(answer)), answer, "\(answer)")
        }
    }

    func testTheShortPathAgreesWithTheDecoder() {
        for text in [
            "{\"a\":3,\"b\":4}", "{\"a\":3.5}", "{\"a\":-0.5,\"b\":1e3}", "{ \"a\" : 3 }", "{\"a\":3,\"a\":4}", "{}",
            "{\"a,b\":1,\"c:d\":2}",
        ] {
            let decoded = try? JSONDecoder().decode(LKEAnswer.self, from: Data(text.utf8))
            XCTAssertEqual(AssessmentScoring.decode(text), decoded, text)
        }
    }

    func testTextThatIsNotAnAnswerReadsAsNone() {
        for text in [
            "{\"a\":0x10}", "{\"a\":nan}", "{\"a\":\"x\"}", "{\"a\":3", "true", "[1,2]", "{\"a\":inf}", "", "{\"a\":}", "{\"a\"}", "{,}",
        ] {
            XCTAssertNil(AssessmentScoring.decode(text), text)
        }
    }
}
