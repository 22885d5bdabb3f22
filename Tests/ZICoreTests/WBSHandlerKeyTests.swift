import Foundation
import XCTest
@testable import ZICore

/// Handler key pairs: creation, unlocking with password or recovery code, password change.
final class WBSHandlerKeyTests: XCTestCase {
    func testPasswordUnlocksThePrivateKeyOfThePublicKey() throws {
        let keys = try WBSFixtures.handler(password: "Rahasia2026")
        XCTAssertEqual(try keys.passwordSealed.unlock(password: "Rahasia2026").publicKey, keys.publicKey)
        XCTAssertEqual(keys.passwordSealed.parameters, WBSFixtures.cheap, "the cost is recorded with the seal")
        XCTAssertEqual(keys.publicKey.rawRepresentation.count, 32)
    }

    func testWrongPasswordFailsWithATypedIndonesianError() throws {
        let keys = try WBSFixtures.handler(password: "Rahasia2026")
        assertThrows(.wrongPassword, try keys.passwordSealed.unlock(password: "rahasia2026"))
        assertThrows(.wrongPassword, try keys.passwordSealed.unlock(password: ""))
        assertThrows(
            .wrongPassword, try keys.recoverySealed.unlock(password: "Rahasia2026"),
            "the recovery copy does not open with the password")
        XCTAssertEqual(
            WhistleblowingError.wrongPassword.localizedDescription,
            "Kata sandi salah; kunci pribadi pengelola WBS tidak dapat dibuka.")
    }

    func testPasswordsAreComparedAfterUnicodeNormalisation() throws {
        let keys = try WBSFixtures.handler(password: "Kopi\u{E9}Pagi2026")
        XCTAssertEqual(
            try keys.passwordSealed.unlock(password: "Kopie\u{301}Pagi2026").publicKey, keys.publicKey,
            "é typed as e + combining accent is the same password")
    }

    func testEmptyPasswordCannotSealAKey() {
        assertThrows(.passwordRequired, try HandlerKeySet.create(password: "", parameters: WBSFixtures.cheap))
    }

    func testRecoveryCodeUnlocksAndIsHumanTypable() throws {
        let keys = try WBSFixtures.handler()
        let shown = keys.recoveryCode.grouped
        XCTAssertNotNil(shown.wholeMatch(of: /[A-Z2-7]{4}(-[A-Z2-7]{4}){7}/), shown)
        let typed = try RecoveryCode(shown.lowercased().replacingOccurrences(of: "-", with: " "))
        XCTAssertEqual(try keys.recoverySealed.unlock(recoveryCode: typed).publicKey, keys.publicKey)
        XCTAssertFalse("\(keys.recoveryCode)".contains(shown.prefix(4)), "interpolation must not reveal the code")
    }

    func testWrongOrMalformedRecoveryCodeFails() throws {
        let keys = try WBSFixtures.handler()
        let other = try WBSFixtures.handler().recoveryCode
        assertThrows(.wrongRecoveryCode, try keys.recoverySealed.unlock(recoveryCode: other))
        assertThrows(
            .wrongRecoveryCode, try keys.passwordSealed.unlock(recoveryCode: keys.recoveryCode),
            "the password copy does not open with the recovery code")
        assertThrows(.malformedRecoveryCode, try RecoveryCode("ABCD-EFGH"))
        assertThrows(.malformedRecoveryCode, try RecoveryCode("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4561"), "1 is not base32")
    }

    func testPasswordChangeResealsUnderTheNewPasswordAndRaisesTheCost() throws {
        let keys = try WBSFixtures.handler(password: "Rahasia2026")
        let raised = ScryptParameters(rounds: 32, blockSize: 1, parallelism: 1)
        let changed = try keys.passwordSealed.changingPassword(from: "Rahasia2026", to: "BaruLagi2027", parameters: raised)
        XCTAssertEqual(try changed.unlock(password: "BaruLagi2027").publicKey, keys.publicKey)
        assertThrows(.wrongPassword, try changed.unlock(password: "Rahasia2026"))
        XCTAssertEqual(changed.parameters, raised)
        XCTAssertNotEqual(changed.salt, keys.passwordSealed.salt)
        assertThrows(
            .wrongPassword,
            try keys.passwordSealed.changingPassword(
                from: "Salah2026", to: "BaruLagi2027",
                parameters: raised))
    }

    func testAfterRecoveryTheKeyGetsANewPasswordAndANewCode() throws {
        let keys = try WBSFixtures.handler()
        let recovered = try keys.recoverySealed.unlock(recoveryCode: keys.recoveryCode)
        let renewed = try HandlerKeySet(privateKey: recovered, password: "PulihKembali2026", parameters: WBSFixtures.cheap)
        XCTAssertEqual(renewed.publicKey, keys.publicKey, "reports wrapped to the handler stay readable")
        XCTAssertNotEqual(renewed.recoveryCode, keys.recoveryCode)
        XCTAssertEqual(try renewed.passwordSealed.unlock(password: "PulihKembali2026").publicKey, keys.publicKey)
        assertThrows(.wrongRecoveryCode, try renewed.recoverySealed.unlock(recoveryCode: keys.recoveryCode))
    }

    func testTamperedSealedKeyFails() throws {
        let keys = try WBSFixtures.handler(password: "Rahasia2026")
        let sealed = keys.passwordSealed
        for index in 0..<sealed.ciphertext.count {
            let tampered = SealedPrivateKey(
                salt: sealed.salt, parameters: sealed.parameters,
                ciphertext: WBSFixtures.flipping(sealed.ciphertext, at: index))
            assertThrows(.wrongPassword, try tampered.unlock(password: "Rahasia2026"), "byte \(index)")
        }
        let otherSalt = SealedPrivateKey(
            salt: WBSFixtures.flipping(sealed.salt, at: 0), parameters: sealed.parameters,
            ciphertext: sealed.ciphertext)
        assertThrows(.wrongPassword, try otherSalt.unlock(password: "Rahasia2026"))
    }

    func testSealedKeysContainNeitherThePrivateKeyNorThePassword() throws {
        let keys = try WBSFixtures.handler(password: "Rahasia2026")
        let privateKey = try keys.passwordSealed.unlock(password: "Rahasia2026").key.rawRepresentation
        for sealed in [keys.passwordSealed, keys.recoverySealed] {
            let stored = try JSONEncoder().encode(sealed) + sealed.salt + sealed.ciphertext
            assertNotContained(privateKey, in: stored, "private key")
            assertNotContained(Data("Rahasia2026".utf8), in: stored, "password")
            assertNotContained(keys.recoveryCode.bytes, in: stored, "recovery code bytes")
            assertNotContained(Data(Base32.encode(keys.recoveryCode.bytes).utf8), in: stored, "recovery code text")
        }
    }

    func testInvalidStoredPublicKeyIsRefused() {
        assertThrows(.invalidPublicKey, try HandlerPublicKey(rawRepresentation: Data(count: 31)))
    }
}
