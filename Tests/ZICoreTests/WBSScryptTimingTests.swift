import Foundation
import XCTest
@testable import ZICore

/// Measures what one receipt derivation costs with ``ScryptParameters/standard``. Skipped unless
/// `SIZI_SCRYPT_TIMING=1`; meaningful only in a release build:
/// `SIZI_SCRYPT_TIMING=1 swift test -c release -Xswiftc -enable-testing --filter WBSScryptTimingTests`.
final class WBSScryptTimingTests: XCTestCase {
    func testStandardCostIsBetween50And150Milliseconds() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["SIZI_SCRYPT_TIMING"] == "1", "set SIZI_SCRYPT_TIMING=1 to measure")
        let receipt = Receipt.generate()
        for shift in [14, 15, 16] {
            let parameters = ScryptParameters(rounds: 1 << shift, blockSize: 8, parallelism: 1)
            let derivation = ReceiptDerivation.generate(parameters: parameters)
            let times = try (0..<7).map { _ in
                let start = ContinuousClock.now
                _ = try derivation.secrets(for: receipt)
                return (ContinuousClock.now - start) / .milliseconds(1)
            }.sorted()
            print("scrypt N=2^\(shift) r=8 p=1: median \(Int(times[3])) ms (min \(Int(times[0])), max \(Int(times[6])))")
            if parameters == .standard {
                XCTAssertTrue((50...150).contains(times[3]), "median \(times[3]) ms")
            }
        }
    }
}
