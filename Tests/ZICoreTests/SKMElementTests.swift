import Foundation
import XCTest
@testable import ZICore

/// The nine elements of the SKM questionnaire (PermenPANRB 14/2017).
final class SKMElementTests: XCTestCase {
    func testNumbersCodesAndNames() {
        XCTAssertEqual(SKMElement.allCases.map(\.number), Array(1...9))
        XCTAssertEqual(SKMElement.allCases.map(\.code), ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"])
        XCTAssertEqual(
            SKMElement.allCases.map(\.name),
            [
                "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
                "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
                "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
            ])
    }

    func testEveryQuestionIsAQuestionWithFourAnswers() {
        for element in SKMElement.allCases {
            XCTAssertTrue(element.question.hasPrefix("Bagaimana "), element.code)
            XCTAssertTrue(element.question.hasSuffix("?"), element.code)
            XCTAssertEqual(element.answers.count, SKMResponse.scoreRange.count, element.code)
            XCTAssertEqual(Set(element.answers).count, 4, "\(element.code): answers are distinct")
        }
        XCTAssertEqual(
            SKMElement.u1.question,
            "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?")
    }

    func testAnswersRunFromWorstToBest() {
        XCTAssertEqual(SKMElement.u1.answers, ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"])
        XCTAssertEqual(SKMElement.u2.answers, ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"])
        XCTAssertEqual(SKMElement.u3.answers, ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"])
        XCTAssertEqual(SKMElement.u4.answers, ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"])
        XCTAssertEqual(SKMElement.u5.answers, SKMElement.u1.answers)
        XCTAssertEqual(SKMElement.u6.answers, ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"])
        XCTAssertEqual(
            SKMElement.u7.answers,
            ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"])
        XCTAssertEqual(
            SKMElement.u8.answers,
            ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"])
        XCTAssertEqual(SKMElement.u9.answers, ["Buruk", "Cukup", "Baik", "Sangat Baik"])
    }

    func testDictionariesKeyedByElementEncodeAsObjects() throws {
        let json = try JSONEncoder().encode([SKMElement.u3: 2])
        XCTAssertEqual(String(decoding: json, as: UTF8.self), #"{"u3":2}"#)
        XCTAssertEqual(try JSONDecoder().decode([SKMElement: Int].self, from: json), [.u3: 2])
    }
}
