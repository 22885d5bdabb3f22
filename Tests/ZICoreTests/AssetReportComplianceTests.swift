import XCTest
import ZICore

/// The LHKPN/LHKASN compliance prerequisite counts on-time filings only.
final class AssetReportComplianceTests: XCTestCase {
    func testOnlyOnTimeFilingsCount() {
        let compliance = AssetReportCompliance(
            obligedIDs: (1...12).map { "p\($0)" }, filedIDs: (1...11).map { "p\($0)" }, lateIDs: ["p11"])
        XCTAssertEqual([compliance.obliged, compliance.onTime, compliance.late, compliance.missing], [12, 10, 1, 1])
        XCTAssertEqual(compliance.percentText, "83.33")
    }

    func testEveryoneOnTimeIsAHundredAndAnEmptyRegisterIsNothing() {
        XCTAssertEqual(AssetReportCompliance(obligedIDs: ["a", "b"], filedIDs: ["a", "b"], lateIDs: []).percentText, "100")
        XCTAssertEqual(AssetReportCompliance(obligedIDs: ["a", "b", "c"], filedIDs: ["a", "b"], lateIDs: []).percentText, "66.67")
        XCTAssertEqual(AssetReportCompliance(obligedIDs: ["a", "b", "c", "d"], filedIDs: ["a", "b"], lateIDs: []).percentText, "50")
        XCTAssertEqual(
            AssetReportCompliance(obligedIDs: ["x", "y", "z", "w", "v"], filedIDs: ["x", "y", "z"], lateIDs: []).percentText, "60")
        XCTAssertEqual(
            AssetReportCompliance(obligedIDs: (1...8).map { "p\($0)" }, filedIDs: (1...7).map { "p\($0)" }, lateIDs: []).percentText, "87.5"
        )
        XCTAssertNil(AssetReportCompliance(obligedIDs: [], filedIDs: ["stray"], lateIDs: []).percentText)
    }
}
