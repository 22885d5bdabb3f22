import Foundation
import XCTest
@testable import ZICore

/// Receipts: generation, typing, and what the server derives from them.
final class WBSReceiptTests: XCTestCase {
    /// Plays back fixed 64-bit draws.
    private struct ScriptedGenerator: RandomNumberGenerator {
        var draws: [UInt64]
        mutating func next() -> UInt64 { draws.removeFirst() }
    }

    func testGeneratedReceiptsAreSixteenDigitsAndDiffer() {
        let receipts = (0..<200).map { _ in Receipt.generate() }
        XCTAssertTrue(receipts.allSatisfy { $0.digits.count == 16 && $0.digits.allSatisfy(\.isASCII) && Int($0.digits) != nil })
        XCTAssertEqual(Set(receipts).count, 200)
        XCTAssertEqual(Set(receipts.map { $0.digits.first! }).count, 10, "every leading digit, 0 included, occurs")
    }

    func testRejectionSamplingDrawsAgainAboveTheLastWholeRange() {
        var generator = ScriptedGenerator(draws: [UInt64.max, 18_440_000_000_000_000_000, 18_439_999_999_999_999_999, 7])
        XCTAssertEqual(Receipt.generate(using: &generator).digits, "9999999999999999")
        XCTAssertEqual(generator.draws, [7], "the two draws at or above 1844·10¹⁶ were thrown away, the third used")
        XCTAssertEqual(Receipt.generate(using: &generator).digits, "0000000000000007", "small numbers keep their leading zeros")
    }

    func testTypedReceiptsAreNormalisedAndShownInGroups() throws {
        let receipt = try Receipt(" 0123-4567 8901–2345 ")
        XCTAssertEqual(receipt.digits, "0123456789012345")
        XCTAssertEqual(receipt.grouped, "0123 4567 8901 2345")
        XCTAssertEqual(try Receipt(receipt.grouped), receipt)
        XCTAssertFalse("\(receipt)".contains("0123"), "interpolation must not reveal the receipt")
        XCTAssertFalse(String(reflecting: receipt).contains("0123"))
        var dumped = ""
        dump(receipt, to: &dumped)
        XCTAssertFalse(dumped.contains("0123"), dumped)
    }

    func testMalformedReceiptsAreRefusedWithIndonesianMessages() {
        assertThrows(.malformedReceipt(digitCount: 15), try Receipt("1234 5678 9012 345"))
        assertThrows(.malformedReceipt(digitCount: 17), try Receipt("1234 5678 9012 34567"))
        assertThrows(.malformedReceipt(digitCount: 0), try Receipt("  "))
        assertThrows(.receiptHasInvalidCharacters, try Receipt("1234 5678 9O12 3456"), "letter O for zero")
        assertThrows(.receiptHasInvalidCharacters, try Receipt("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦"), "Arabic-Indic digits are not receipt digits")
        XCTAssertEqual(
            WhistleblowingError.malformedReceipt(digitCount: 15).localizedDescription,
            "Nomor resi terdiri dari 16 angka, tetapi yang dimasukkan berisi 15 angka. Periksa kembali nomor resi Anda.")
    }

    func testDerivationIsDeterministicPerInstallationAndSplitsLookupFromKey() throws {
        let derivation = WBSFixtures.derivation()
        let receipt = try Receipt("1111 2222 3333 4444")
        let first = try derivation.secrets(for: receipt)
        let again = try derivation.secrets(for: Receipt("1111-2222-3333-4444"))
        XCTAssertEqual(first.lookupIdentifier, again.lookupIdentifier)
        XCTAssertEqual(first.lookupIdentifier.count, 32)
        XCTAssertEqual(first.key.data, again.key.data)
        XCTAssertNotEqual(first.lookupIdentifier, first.key.data, "the stored identifier is not the receipt key")
        XCTAssertNotEqual(try derivation.secrets(for: Receipt("1111 2222 3333 4445")).lookupIdentifier, first.lookupIdentifier)
        XCTAssertNotEqual(
            try WBSFixtures.derivation().secrets(for: receipt).lookupIdentifier, first.lookupIdentifier,
            "another installation's salt gives another identifier")
    }

    func testDerivationRecipeRoundTripsThroughStorage() throws {
        let derivation = WBSFixtures.derivation()
        let stored = try JSONDecoder().decode(ReceiptDerivation.self, from: JSONEncoder().encode(derivation))
        XCTAssertEqual(stored, derivation)
        XCTAssertEqual(derivation.salt.count, 32)
        let receipt = Receipt.generate()
        XCTAssertEqual(try stored.secrets(for: receipt).lookupIdentifier, try derivation.secrets(for: receipt).lookupIdentifier)
    }

    func testUnusableScryptParametersAreRefused() throws {
        let receipt = Receipt.generate()
        for parameters in [
            ScryptParameters(rounds: 1000, blockSize: 1, parallelism: 1),
            ScryptParameters(rounds: 1, blockSize: 1, parallelism: 1),
            ScryptParameters(rounds: 16, blockSize: 0, parallelism: 1),
            ScryptParameters(rounds: 16, blockSize: 17, parallelism: 1),
            ScryptParameters(rounds: 1 << 24, blockSize: 8, parallelism: 1),
        ] {
            assertThrows(
                .invalidScryptParameters, try ReceiptDerivation.generate(parameters: parameters).secrets(for: receipt),
                "\(parameters)")
        }
        XCTAssertEqual(ScryptParameters.standard.memoryByteCount, 32 * 1024 * 1024)
    }
}
