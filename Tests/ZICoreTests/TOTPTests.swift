import Foundation
import XCTest
@testable import ZICore

/// TOTP (RFC 6238, SHA-1): test vectors, the drift window, replay protection and provisioning.
final class TOTPTests: XCTestCase {
    /// The RFC 6238 Appendix B SHA-1 secret, "12345678901234567890".
    private let rfcSecret = TOTPSecret(bytes: Data("12345678901234567890".utf8))

    /// RFC 6238 Appendix B, SHA-1 column: Unix time → 8-digit code.
    private let vectors: [(TimeInterval, String)] = [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ]

    func testRFC6238VectorsWithEightDigits() {
        let totp = TOTP(secret: rfcSecret, digits: 8)
        for (time, expected) in vectors {
            XCTAssertEqual(totp.code(at: Date(timeIntervalSince1970: time)), expected, "T = \(time)")
        }
    }

    func testRFC6238VectorsTruncatedToSixDigits() {
        let totp = TOTP(secret: rfcSecret)
        for (time, expected) in vectors {
            XCTAssertEqual(totp.code(at: Date(timeIntervalSince1970: time)), String(expected.suffix(6)), "T = \(time)")
        }
        XCTAssertEqual(totp.step(at: Date(timeIntervalSince1970: 1_111_111_109)), 0x23523EC)
    }

    func testCodesOneStepAwayAreAcceptedTwoAreNot() {
        let totp = TOTP(secret: rfcSecret)
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = totp.step(at: now)
        XCTAssertEqual(totp.verify(totp.code(forStep: step), at: now, lastUsedStep: nil), step)
        XCTAssertEqual(totp.verify(totp.code(forStep: step - 1), at: now, lastUsedStep: nil), step - 1)
        XCTAssertEqual(totp.verify(totp.code(forStep: step + 1), at: now, lastUsedStep: nil), step + 1)
        XCTAssertNil(totp.verify(totp.code(forStep: step - 2), at: now, lastUsedStep: nil))
        XCTAssertNil(totp.verify(totp.code(forStep: step + 2), at: now, lastUsedStep: nil))
        XCTAssertEqual(
            totp.verify("005 924", at: now.addingTimeInterval(-30), lastUsedStep: nil), step,
            "typed with a space, one step after the device's clock")
        XCTAssertNil(totp.verify("89005", at: now, lastUsedStep: nil))
        XCTAssertNil(totp.verify("", at: Date(timeIntervalSince1970: 0), lastUsedStep: nil))
        XCTAssertEqual(
            totp.verify(totp.code(forStep: 0), at: Date(timeIntervalSince1970: 10), lastUsedStep: nil), 0,
            "the first step has no step before it")
    }

    func testAUsedStepIsNotAcceptedAgain() {
        let totp = TOTP(secret: rfcSecret)
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = totp.step(at: now)
        let code = totp.code(forStep: step)
        let used = totp.verify(code, at: now, lastUsedStep: step - 5)
        XCTAssertEqual(used, step)
        XCTAssertNil(totp.verify(code, at: now, lastUsedStep: used), "the same code again")
        XCTAssertNil(totp.verify(totp.code(forStep: step - 1), at: now, lastUsedStep: used), "an older code after a newer one")
        XCTAssertEqual(totp.verify(totp.code(forStep: step + 1), at: now, lastUsedStep: used), step + 1, "the next code still works")
    }

    func testSecretsAreTwentyRandomBytesInBase32() throws {
        let secret = TOTPSecret.generate()
        XCTAssertEqual(secret.bytes.count, 20)
        XCTAssertEqual(secret.base32.count, 32)
        XCTAssertNotEqual(secret, TOTPSecret.generate())
        XCTAssertEqual(TOTPSecret(base32: secret.base32), secret)
        XCTAssertEqual(rfcSecret.base32, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        XCTAssertEqual(TOTPSecret(base32: "gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), rfcSecret)
        XCTAssertEqual(TOTPSecret(base32: "MZXW6===")?.bytes, Data("foo".utf8), "RFC 4648 padding is accepted")
        XCTAssertNil(TOTPSecret(base32: "GEZDGNBV1"), "1 is not base32")
        XCTAssertNil(TOTPSecret(base32: ""))
    }

    func testProvisioningURINamesSIZIAndTheAccount() {
        let totp = TOTP(secret: rfcSecret)
        XCTAssertEqual(
            totp.provisioningURI(account: "budi.santoso@kemenag.go.id"),
            "otpauth://totp/SIZI:budi.santoso%40kemenag.go.id?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=SIZI&algorithm=SHA1&digits=6&period=30")
        XCTAssertTrue(totp.provisioningURI(account: "Siti Rahma:admin").contains("SIZI:Siti%20Rahma%3Aadmin?"))
    }
}
