import XCTest

@testable import ZIServer

/// Validation of `MailAddress`, the guard against header and SMTP command injection.
final class MailAddressTests: XCTestCase {
    func testAcceptsOrdinaryAddresses() throws {
        let address = try MailAddress("operator.zi+notifikasi@balitnak.litbang.pertanian.go.id", displayName: "Operator ZI")
        XCTAssertEqual(address.address, "operator.zi+notifikasi@balitnak.litbang.pertanian.go.id")
        XCTAssertEqual(address.displayName, "Operator ZI")
        XCTAssertEqual(address.domain, "balitnak.litbang.pertanian.go.id")
        XCTAssertNil(try MailAddress("a@b", displayName: "").displayName)
    }

    func testRefusesInjectionAndMalformedAddresses() {
        let bad = [
            "victim@example.org\r\nBcc: everyone@example.org",
            "victim@example.org\nRCPT TO:<x@y>",
            "a b@example.org",
            "a\t@example.org",
            "<a@example.org>",
            "a@example.org>",
            "no-at-sign",
            "two@@example.org",
            "a@b@example.org",
            "@example.org",
            "local@",
            "",
            "a\u{0}@example.org",
            "pengguna@contoh.indonésia",
            String(repeating: "a", count: 250) + "@b.id",
        ]
        for address in bad {
            XCTAssertThrowsError(try MailAddress(address), address.debugDescription) { error in
                XCTAssertEqual((error as? MailError)?.isPermanent, true)
                guard case MailError.invalidHeader = error else { return XCTFail("unexpected \(error)") }
            }
        }
        XCTAssertNoThrow(try MailAddress(String(repeating: "a", count: 249) + "@b.id"))
    }

    func testRefusesDisplayNameWithLineBreak() {
        XCTAssertThrowsError(try MailAddress("a@b.id", displayName: "Name\r\nBcc: x@y.id")) { error in
            guard case MailError.invalidHeader = error else { return XCTFail("unexpected \(error)") }
        }
    }
}
