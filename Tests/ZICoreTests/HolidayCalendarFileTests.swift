import Foundation
import XCTest
import ZICore

/// The decree calendars SIZI ships, and the checks every decree file passes before it is loaded.
final class HolidayCalendarFileTests: XCTestCase {
    func testTheShippedCalendarsCover2025And2026AndAreMarkedForVerification() throws {
        let calendars = try HolidayCalendarFile.bundled()
        XCTAssertEqual(calendars.map(\.year), [2025, 2026])
        for calendar in calendars {
            XCTAssertTrue(calendar.needsVerification, "not checked against the decree's text: \(calendar.year)")
            XCTAssertTrue(calendar.decree.contains("Hari Libur Nasional dan Cuti Bersama Tahun \(calendar.year)"))
            XCTAssertEqual(calendar.days.map(\.date), calendar.days.map(\.date).sorted(), "days in date order")
        }
        let days2026 = try XCTUnwrap(calendars.last).days
        XCTAssertEqual(days2026.filter { $0.kind == .liburNasional }.count, 17)
        XCTAssertEqual(days2026.filter { $0.kind == .cutiBersama }.count, 8)
    }

    func testABadFileIsRefusedWithWhatToFix() {
        let cases: [(String, String)] = [
            (#"{"year": 2027, "decree": "SKB", "needsVerification": false, "days": []}"#, "f.json: days berisi 1–100 hari"),
            (
                #"{"year": 2027, "decree": "SKB", "needsVerification": false, "days": [{"date": "2027-01-01", "kind": "libur_nasional", "name": "A"}, {"date": "2027-01-01", "kind": "cuti_bersama", "name": "B"}]}"#,
                "f.json: 2027-01-01 tercantum dua kali"
            ),
            (
                #"{"year": 2027, "decree": " ", "needsVerification": false, "days": [{"date": "2027-01-01", "kind": "libur_nasional", "name": "A"}]}"#,
                "f.json: decree wajib diisi (paling banyak 500 karakter)"
            ),
            (
                #"{"year": 2027, "decree": "SKB", "needsVerification": false, "days": [{"date": "2027-01-01", "kind": "libur_nasional", "name": ""}]}"#,
                "f.json: nama hari 2027-01-01 wajib diisi (paling banyak 200 karakter)"
            ),
            (#"{"year": 1999, "decree": "SKB", "needsVerification": false, "days": []}"#, "f.json: tahun 1999 di luar 2000–2100"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try HolidayCalendarFile.decode(Data(text.utf8), source: "f.json")) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
        XCTAssertThrowsError(
            try HolidayCalendarFile.decode(
                Data(
                    #"{"year": 2027, "decree": "SKB", "needsVerification": false, "days": [{"date": "2027-01-01", "kind": "libur", "name": "A"}]}"#
                        .utf8),
                source: "f.json")
        ) { error in
            XCTAssertTrue("\(error)".hasPrefix("f.json: berkas tidak dapat dibaca"), "\(error)")
        }
    }
}
