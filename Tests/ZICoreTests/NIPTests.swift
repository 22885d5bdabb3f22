import Foundation
import XCTest
@testable import ZICore

/// The NIP: separators people type, the structure of its groups, messages and display.
final class NIPTests: XCTestCase {
    private func problem(_ text: String, currentYear: Int = 2025) -> NIP.Problem? {
        do {
            _ = try NIP(text, currentYear: currentYear)
            return nil
        } catch {
            return error
        }
    }

    func testGroupsAreReadAndShownWithSpaces() throws {
        let nip = try NIP("19800101 200501 1 001", currentYear: 2025)
        XCTAssertEqual(nip.digits, "198001012005011001")
        XCTAssertEqual(nip.formatted, "19800101 200501 1 001")
        XCTAssertEqual(nip.birthDate, CalendarDate(year: 1980, month: 1, day: 1))
        XCTAssertEqual(nip.appointmentYear, 2005)
        XCTAssertEqual(nip.appointmentMonth, 1)
        XCTAssertEqual(nip.sex, .male)
        XCTAssertEqual(LocaleNames.indonesian(try NIP("197203151998032001", currentYear: 2025).sex), "Perempuan")
    }

    func testSpacesAndDotsPeopleTypeAreLeftOut() throws {
        let expected = "196910101995031001"
        for text in ["19691010.199503.1.001", " 19691010 199503 1 001 ", "19691010\u{00A0}199503\u{00A0}1\u{00A0}001", expected] {
            XCTAssertEqual(try NIP(text, currentYear: 2025).digits, expected, text)
        }
    }

    func testLengthAndCharacters() {
        XCTAssertEqual(problem("12345"), .wrongLength(5))
        XCTAssertEqual(problem("19800101 200501 1 01"), .wrongLength(17))
        XCTAssertEqual(problem("19800101 200501 1 01")?.description, "NIP harus 18 digit angka (tertulis 17 digit).")
        XCTAssertEqual(problem("19691010199503100A"), .invalidCharacter("A"))
        XCTAssertEqual(problem("19691010-199503-1-001"), .invalidCharacter("-"))
    }

    func testBirthDateMustBeARealDateFrom1900() {
        XCTAssertEqual(problem("196902301995031001"), .invalidBirthDate("19690230"), "30 February")
        XCTAssertEqual(problem("198013011995031001"), .invalidBirthDate("19801301"), "month 13")
        XCTAssertEqual(problem("189912311950011001"), .invalidBirthDate("18991231"))
        XCTAssertNil(problem("200002292020032001"), "29 February of a leap year")
        XCTAssertEqual(problem("200102292020032001"), .invalidBirthDate("20010229"), "2001 is not a leap year")
    }

    func testAppointmentMonthYearAndAge() {
        XCTAssertEqual(problem("196910101995131001"), .invalidAppointment("199513"))
        XCTAssertEqual(problem("196910101995001001"), .invalidAppointment("199500"))
        XCTAssertEqual(problem("193001011949121001"), .appointmentYearOutOfRange(year: 1949, allowed: 1950...2026))
        XCTAssertNil(problem("193001011950011001"), "1950 is the first year allowed")
        XCTAssertEqual(problem("198001012027011001", currentYear: 2025), .appointmentYearOutOfRange(year: 2027, allowed: 1950...2026))
        XCTAssertNil(problem("198001012027011001", currentYear: 2026), "next year's TMT is allowed")
        XCTAssertEqual(problem("199001012004121001"), .appointmentTooSoonAfterBirth(appointmentYear: 2004, birthYear: 1990))
        XCTAssertNil(problem("199001012005011001"), "15 years after the birth year")
    }

    func testSexDigit() {
        XCTAssertEqual(problem("196910101995033001"), .invalidSexDigit("3"))
        XCTAssertEqual(problem("196910101995030001"), .invalidSexDigit("0"))
    }

    func testMessagesNameTheDigitsToFix() {
        XCTAssertEqual(
            problem("196902301995031001")?.description,
            "Digit 1–8 NIP harus tanggal lahir yang sah dalam urutan tahun, bulan, tanggal (yyyymmdd), tahun 1900 atau sesudahnya; tertulis 19690230."
        )
        XCTAssertEqual(
            problem("193001011949121001")?.description,
            "Tahun TMT CPNS pada NIP (digit 9–12) harus antara 1950 dan 2026; tertulis 1949.")
        XCTAssertEqual(
            problem("196910101995033001")?.description,
            "Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis 3.")
        XCTAssertEqual(
            problem("19691010199503100A")?.description,
            "NIP hanya boleh berisi angka (spasi dan titik sebagai pemisah diperbolehkan); ditemukan “A”.")
    }

    func testEncodesAsDigitsAndDecodesWithSeparators() throws {
        let nip = try NIP("19800101 200501 1 001", currentYear: 2025)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([nip]), as: UTF8.self), "[\"198001012005011001\"]")
        let decoder = JSONDecoder()
        XCTAssertThrowsError(try decoder.decode([NIP].self, from: Data("[\"19800101.200501.1.001\"]".utf8)), "no year, no check")
        decoder.userInfo[NIP.currentYearKey] = 2025
        XCTAssertEqual(try decoder.decode([NIP].self, from: Data("[\"19800101.200501.1.001\"]".utf8)), [nip])
        XCTAssertThrowsError(try decoder.decode([NIP].self, from: Data("[\"1980\"]".utf8)))
        decoder.userInfo[NIP.currentYearKey] = 2003
        XCTAssertThrowsError(try decoder.decode([NIP].self, from: Data("[\"19800101.200501.1.001\"]".utf8)), "appointed after the year")
    }

    func testLooksLikeNIP() {
        XCTAssertTrue(NIP.looksLikeNIP("19800101.200501"))
        XCTAssertTrue(NIP.looksLikeNIP("1234"))
        XCTAssertFalse(NIP.looksLikeNIP("budi.santoso"))
        XCTAssertFalse(NIP.looksLikeNIP(" . "))
    }
}
