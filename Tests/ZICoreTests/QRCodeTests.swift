import Foundation
import XCTest
@testable import ZICore

/// The QR Code encoder: whole module matrices against those of an independent implementation
/// (the Python package `qrcode` 8.2, same version, level and mask, byte mode), Reed–Solomon,
/// format and version information, the choice of version and mask, and the SVG.
final class QRCodeTests: XCTestCase {
    private static let enrolmentURI =
        "otpauth://totp/SIZI:budi.santoso?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
        + "&issuer=SIZI&algorithm=SHA1&digits=6&period=30"

    // MARK: Whole symbols against the reference implementation

    /// "hello" at version 1, medium, under each of the eight masks; each symbol is its rows in hex
    /// (dark = 1, left to right, padded with 0 bits to whole hex digits).
    func testVersion1UnderEachMaskMatchesReferenceImplementation() throws {
        let reference = [
            "fe63f8 82c208 ba5ae8 ba32e8 bacae8 820a08 feabf8 003800 aa5090 2c2218 52e8f8 c80210 6b2a80 00f538 fe3738 823d80 bab718 ba4330 bae8a8 824290 feeb18",
            "feb3f8 821208 ba8ae8 ba62e8 ba1ae8 82da08 feabf8 006800 a30128 797748 07bda8 9d5740 3e7fd0 00a068 fee268 8268d0 ba6248 ba1660 babdf8 8217c0 febe48",
            "fe03f8 825a08 babae8 baaae8 baaae8 829208 feabf8 00a000 be33e0 e93e68 6a0b70 0d1e60 53c908 00e948 fe54b0 82a1f0 bad490 badf40 ba8b20 825ee0 fe8890",
            "fe83f8 828208 ba52e8 baaae8 ba72e8 827a08 feabf8 00f800 b75a58 e93e68 ded018 d473d0 53c908 00b220 feb900 82a1f0 ba0ff8 bab2f0 ba8b20 820588 fee520",
            "fec3f8 821a08 ba02e8 ba92e8 baeae8 82d208 feabf8 009800 8bf7c8 98f970 e63390 812680 220e10 00ae50 feec50 821910 ba9388 ba1858 ba33c0 826600 fecf88",
            "fe33f8 829a08 babae8 bacae8 ba2ae8 825208 feabf8 00e000 82b670 d1dde0 6a0b70 1d5f60 3e7fd0 00a848 fe54b0 824278 ba5490 ba1e40 ba3df8 821fe0 fe8890",
            "feb3f8 829a08 ba9ae8 ba4ae8 babae8 826208 feabf8 006000 9f94b8 d1dde0 4e9938 116fa0 3e7fd0 00ae50 fef020 82c278 bac6d8 baae80 ba3df8 8219f8 feac00",
            "fe63f8 826208 ba4ae8 ba32e8 ba6ae8 829a08 feabf8 001800 96c500 2c2218 1bcc68 ec9058 6b2a80 00d1a8 fe2570 82bd80 ba1388 bad178 ba68a8 826600 fef950",
        ]
        for (mask, rows) in reference.enumerated() {
            let code = try QRCode(encoding: "hello", correction: .medium, mask: mask)
            XCTAssertEqual(code.version, 1)
            XCTAssertEqual(code.mask, mask)
            assertRows(Self.rowsAsHex(code), equal: rows)
        }
    }

    func testVersion2AtQuartileMatchesReferenceImplementation() throws {
        let code = try QRCode(encoding: "https://example.org/", correction: .quartile, mask: 5)
        XCTAssertEqual(code.version, 2)
        assertRows(
            Self.rowsAsText(code),
            equal: """
                #######.###..#....#######
                #.....#.#...##..#.#.....#
                #.###.#..###....#.#.###.#
                #.###.#....###.##.#.###.#
                #.###.#...#.#...#.#.###.#
                #.....#..#...##...#.....#
                #######.#.#.#.#.#.#######
                .........#.#..###........
                .#....###...##...#.....##
                ##.#....#.#..#####.#####.
                ##..####.###.####..#.#.##
                ###.....##.##.#.#.##.#..#
                #####.##.#.#.####.##....#
                ###....#..#..#.##..#...#.
                #..####.#...#.##..####.##
                #.#.#...#.##.....###.##.#
                #.#...#....####.#####.#..
                ........##......#...#....
                #######.#.##..#.#.#.#...#
                #.....#..##..####...#...#
                #.###.#..####.#######.###
                #.###.#...#...#.###....##
                #.###.#..#.#.###.....##.#
                #.....#.#.##.#.###.##...#
                #######...####..#.#..#..#
                """)
    }

    /// A 118-byte enrolment URI: version 7 at medium, four blocks, with version information.
    func testEnrolmentURIAtVersion7MatchesReferenceImplementation() throws {
        let code = try QRCode(encoding: Self.enrolmentURI, correction: .medium, mask: 4)
        XCTAssertEqual(code.version, 7)
        assertRows(
            Self.rowsAsHex(code),
            equal: """
                fe99ea3b8bf8 825520e19208 ba1e620fd2e8 baf59ba81ae8 baa70fa27ae8 82fed8cd8208 feaaaaaaabf8
                0082e8a58000 8bb34fc4ffc8 201721361b40 9f9f133256b0 44e9c20311d8 332d6b76d140 c56518324a70
                623e180b7750 1976b7abc080 8a33e7b48770 800867b7ca58 379bf4413910 e19f933dd958 3fa57fb4cfd8
                88e9c8b7d8f0 8ab04aad4ad0 68f308999898 bfd9bfd6efd8 0dbf66aed350 1e056ff698b0 e0ed66315e88
                87367c90a3c8 34b651e25f30 d3a3f0fe7cd0 5d7c7f25eb80 bf9a2cc48628 0c15a3ae0540 0a9dcf9ddc00
                7957ff79a390 9bc59f92eff0 00dad8a6c8a0 feca2ab8dad0 8214d8c8b898 bac55fb69f80 ba69b1b74420
                ba2c8fb356b0 820e8e016080 fef7cf90a908
                """)
    }

    // MARK: Parts against published and reference values

    /// The "HELLO WORLD" 1-M block of ISO/IEC 18004's worked example (data in alphanumeric mode).
    func testReedSolomonRemainderOfKnownBlock() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        XCTAssertEqual(QRReedSolomon(degree: 10).remainder(of: data), [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// ISO/IEC 18004 annex A: the generator for 7 codewords is x⁷ + α⁸⁷x⁶ + α²²⁹x⁵ + α¹⁴⁶x⁴ + α¹⁴⁹x³ + α²³⁸x² + α¹⁰²x + α²¹.
    func testGeneratorPolynomialOfDegree7() {
        XCTAssertEqual(QRReedSolomon(degree: 7).generator, [87, 229, 146, 149, 238, 102, 21].map(QRGaloisField.power))
    }

    /// Data and error-correction codewords of "hello" at 1-M, as the reference implementation makes them.
    func testCodewordsOfShortInput() {
        let codewords = QRCodewords(Array("hello".utf8), version: QRVersion(1), correction: .medium).interleaved
        XCTAssertEqual(
            codewords,
            [
                64, 86, 134, 86, 198, 198, 240, 236, 17, 236, 17, 236, 17, 236, 17, 236,
                22, 79, 223, 212, 140, 17, 209, 92, 47, 183,
            ])
    }

    func testBlocksOfUnequalLength() {
        XCTAssertEqual(QRVersion(5).blocks(at: .quartile).dataCodewordsPerBlock, [15, 15, 16, 16])
        XCTAssertEqual(QRVersion(9).blocks(at: .medium).dataCodewordsPerBlock, [36, 36, 36, 37, 37])
        XCTAssertEqual(QRVersion(10).blocks(at: .low).dataCodewordsPerBlock, [68, 68, 69, 69])
    }

    func testFormatInformationAtMediumForEachMask() {
        let expected = [
            0b101010000010010, 0b101000100100101, 0b101111001111100, 0b101101101001011,
            0b100010111111001, 0b100000011001110, 0b100111110010111, 0b100101010100000,
        ]
        XCTAssertEqual(QRMask.all.map { QRInformationBits.format(correction: .medium, mask: $0) }, expected)
        XCTAssertEqual(QRInformationBits.format(correction: .low, mask: QRMask(0)), 0b111011111000100)
    }

    func testVersionInformationOfVersion7() {
        XCTAssertEqual(QRInformationBits.version(QRVersion(7)), 0b000111_110010010100)
    }

    // MARK: Choices and limits

    func testSmallestVersionThatHoldsTheBytesIsChosen() throws {
        let capacities = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]
        XCTAssertEqual(QRVersion.supported.map { QRVersion($0).byteCapacity(at: .medium) }, capacities)
        for (version, capacity) in zip(1..., capacities) {
            XCTAssertEqual(try QRCode(encoding: [UInt8](repeating: 0x61, count: capacity), mask: 0).version, version)
        }
        for (version, capacity) in zip(2..., capacities.dropLast()) {
            XCTAssertEqual(try QRCode(encoding: [UInt8](repeating: 0x61, count: capacity + 1), mask: 0).version, version)
        }
    }

    func testInputLongerThanVersion10Throws() {
        XCTAssertThrowsError(try QRCode(encoding: [UInt8](repeating: 0x61, count: 214))) { error in
            XCTAssertEqual(error as? QRCode.EncodingError, .dataTooLong(byteCount: 214, maximum: 213))
        }
        XCTAssertThrowsError(try QRCode(encoding: [UInt8](repeating: 0x61, count: 120), correction: .high))
        XCTAssertNoThrow(try QRCode(encoding: [UInt8](repeating: 0x61, count: 271), correction: .low, mask: 0))
    }

    /// Scores of the four penalty rules (the quiet zone counting as light for the finder-like
    /// pattern) worked out by an independent implementation on the reference symbols.
    func testPenaltyOfEachMask() {
        let zeros = [UInt8](repeating: 0, count: 14)
        XCTAssertEqual(
            Self.symbolsUnderEachMask(zeros, correction: .medium).map(QRPenalty.score),
            [1081, 1164, 1245, 1008, 1054, 1118, 1110, 1133])
        XCTAssertEqual(
            Self.symbolsUnderEachMask(Array("hello".utf8), correction: .medium).map(QRPenalty.score),
            [1008, 1070, 1010, 1040, 1060, 1050, 1077, 999])
    }

    func testDefaultMaskIsTheOneWithTheLowestPenalty() throws {
        XCTAssertEqual(try QRCode(encoding: [UInt8](repeating: 0, count: 14)).mask, 3)
        XCTAssertEqual(try QRCode(encoding: "hello").mask, 7)
        XCTAssertEqual(try QRCode(encoding: Self.enrolmentURI), try QRCode(encoding: Self.enrolmentURI, mask: 4))
    }

    // MARK: Helpers

    /// The finished symbols of `bytes` under masks 0…7, in the smallest version that holds them.
    private static func symbolsUnderEachMask(_ bytes: [UInt8], correction: QRCode.Correction) -> [QRMatrix] {
        let version = QRVersion.smallest(holding: bytes.count, at: correction)!
        var matrix = QRMatrix(version: version)
        matrix.placeData(QRCodewords(bytes, version: version, correction: correction).interleaved)
        return QRMask.all.map { matrix.masked(with: $0, correction: correction) }
    }

    /// Rows of `code` as `#` (dark) and `.` (light).
    private static func rowsAsText(_ code: QRCode) -> [String] {
        (0..<code.size).map { y in String((0..<code.size).map { code.isDark(x: $0, y: y) ? "#" : "." }) }
    }

    /// Rows of `code` as hex: dark = 1, left to right, padded with 0 bits to whole hex digits.
    private static func rowsAsHex(_ code: QRCode) -> [String] {
        let digits = (code.size + 3) / 4
        return (0..<code.size).map { y in
            let bits = (0..<digits * 4).map { $0 < code.size && code.isDark(x: $0, y: y) ? 1 : 0 }
            return stride(from: 0, to: bits.count, by: 4).map { start in
                String(bits[start..<start + 4].reduce(0) { $0 << 1 | $1 }, radix: 16)
            }.joined()
        }
    }

    /// Compares rows one by one, so a failure names the first rows that differ.
    private func assertRows(_ actual: [String], equal reference: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = reference.split(whereSeparator: \.isWhitespace).map(String.init)
        XCTAssertEqual(actual.count, expected.count, "rows", file: file, line: line)
        for (index, (row, expectedRow)) in zip(actual, expected).enumerated() {
            XCTAssertEqual(row, expectedRow, "row \(index)", file: file, line: line)
        }
    }
}
