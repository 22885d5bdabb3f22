import XCTest
@testable import ZICore

/// Whole numbers and Rupiah with Indonesian thousands separators.
final class RupiahTests: XCTestCase {
    func testGroupsOfThreeDigitsSeparatedByDots() {
        XCTAssertEqual(GroupedNumber.text(0), "0")
        XCTAssertEqual(GroupedNumber.text(999), "999")
        XCTAssertEqual(GroupedNumber.text(2_000), "2.000")
        XCTAssertEqual(GroupedNumber.text(1_500_000), "1.500.000")
        XCTAssertEqual(GroupedNumber.text(-12_500), "-12.500")
    }

    func testRupiahSign() {
        XCTAssertEqual(Rupiah.text(200_000), "Rp200.000")
        XCTAssertEqual(Rupiah.text(1_000_000), "Rp1.000.000")
        XCTAssertEqual(Rupiah.text(-5_000), "-Rp5.000")
    }
}
