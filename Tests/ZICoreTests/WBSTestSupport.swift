import Foundation
import XCTest
@testable import ZICore

/// Shared fixtures for the whistleblowing tests.
enum WBSFixtures {
    /// scrypt parameters cheap enough for a fast suite (never for production).
    static let cheap = ScryptParameters(rounds: 16, blockSize: 1, parallelism: 1)

    /// A receipt recipe with cheap parameters and a fresh salt.
    static func derivation() -> ReceiptDerivation {
        ReceiptDerivation.generate(parameters: cheap)
    }

    /// A report whose every field is distinctive enough to search for in ciphertexts.
    static let report = WhistleblowingReport(
        title: "Pungutan liar di loket perizinan",
        whatHappened: "Petugas loket meminta uang pelicin Rp500.000 agar izin cepat terbit.",
        involvedPeople: [InvolvedPerson(name: "Sutrisno Wibowo", position: "Petugas loket perizinan")],
        whenItHappened: "sekitar Maret 2025",
        whereItHappened: "Loket 3, Balai Besar Contoh",
        howReporterKnows: .experiencedIt,
        reporterIdentity: ReporterIdentity(name: "Siti Rahmawati", contact: "0812-3456-7890"))

    /// A handler's key set made with cheap parameters.
    static func handler(password: String = "Rahasia2026") throws -> HandlerKeySet {
        try HandlerKeySet.create(password: password, parameters: cheap)
    }

    /// `data` with byte `index` flipped.
    static func flipping(_ data: Data, at index: Int) -> Data {
        var copy = data
        copy[copy.startIndex + index] ^= 0x01
        return copy
    }
}

/// Fails unless `expression` throws exactly `expected`.
func assertThrows<T>(
    _ expected: WhistleblowingError, _ expression: @autoclosure () throws -> T,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertThrowsError(try expression(), message, file: file, line: line) {
        XCTAssertEqual($0 as? WhistleblowingError, expected, message, file: file, line: line)
    }
}

/// Fails when `needle` occurs anywhere in `haystack`.
func assertNotContained(
    _ needle: Data, in haystack: Data, _ message: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertFalse(needle.isEmpty, "empty needle: \(message)", file: file, line: line)
    XCTAssertNil(haystack.range(of: needle), message, file: file, line: line)
}
