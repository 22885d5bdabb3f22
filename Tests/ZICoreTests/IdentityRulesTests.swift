import Foundation
import XCTest
@testable import ZICore

/// Usernames, passwords and the lock-out rule (the NIP has `NIPTests`).
final class IdentityRulesTests: XCTestCase {
    func testUsernamesAreNormalised() throws {
        XCTAssertEqual(try Username.normalize("  Budi.Santoso ", currentYear: 2026), "budi.santoso")
        XCTAssertEqual(try Username.normalize("196910101995031001", currentYear: 2026), "196910101995031001")
        XCTAssertThrowsError(try Username.normalize("ab", currentYear: 2026)) { XCTAssertEqual($0 as? Username.Problem, .tooShort) }
        XCTAssertThrowsError(try Username.normalize("budi santoso", currentYear: 2026)) {
            XCTAssertEqual($0 as? Username.Problem, .invalidCharacters)
        }
        XCTAssertThrowsError(try Username.normalize(String(repeating: "a", count: 65), currentYear: 2026)) {
            XCTAssertEqual($0 as? Username.Problem, .tooLong)
        }
        XCTAssertThrowsError(try Username.normalize("1234", currentYear: 2026)) {
            XCTAssertEqual($0 as? Username.Problem, .invalidNIP(.wrongLength(4)))
        }
    }

    func testPasswordPolicy() {
        XCTAssertNoThrow(try PasswordPolicy.check("Rahasia2026", username: "budi"))
        XCTAssertThrowsError(try PasswordPolicy.check("Pendek1", username: "budi")) {
            XCTAssertEqual($0 as? PasswordPolicy.Problem, .tooShort)
        }
        XCTAssertThrowsError(try PasswordPolicy.check("hanyahurufsaja", username: "budi")) {
            XCTAssertEqual($0 as? PasswordPolicy.Problem, .needsLetterAndDigit)
        }
        XCTAssertThrowsError(try PasswordPolicy.check("budisantoso1", username: "BudiSantoso1")) {
            XCTAssertEqual($0 as? PasswordPolicy.Problem, .sameAsUsername)
        }
        XCTAssertThrowsError(try PasswordPolicy.check(String(repeating: "é", count: 37) + "1", username: "budi")) {
            XCTAssertEqual($0 as? PasswordPolicy.Problem, .tooLong, "Bcrypt's 72-byte limit counts bytes, not characters")
        }
    }

    func testLockOutAfterFiveFailuresForFifteenMinutes() {
        let throttle = LoginThrottle()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = LoginThrottle.State(failures: 0, lockedUntil: nil)
        for attempt in 1...4 {
            state = throttle.afterFailure(state, at: start)
            XCTAssertFalse(throttle.isLocked(state, at: start), "attempt \(attempt)")
        }
        state = throttle.afterFailure(state, at: start)
        XCTAssertTrue(throttle.isLocked(state, at: start.addingTimeInterval(14 * 60)))
        XCTAssertFalse(throttle.isLocked(state, at: start.addingTimeInterval(15 * 60 + 1)))
        let afterExpiry = throttle.afterFailure(state, at: start.addingTimeInterval(16 * 60))
        XCTAssertEqual(afterExpiry.failures, 1, "counting starts again once a lock has expired")
    }
}
