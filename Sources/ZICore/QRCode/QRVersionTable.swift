import Foundation

/// A QR Code version from 1 to 10 with what ISO/IEC 18004 tabulates for it: the symbol size, the
/// alignment pattern centres, and how its codewords split into error-correction blocks at each
/// correction level (tables 1, 9 and E.1).
struct QRVersion: Sendable, Hashable {
    /// The versions this encoder supports.
    static let supported = 1...10
    /// The largest supported version.
    static let largest = QRVersion(supported.upperBound)

    /// The version number.
    let number: Int

    /// Version `number`, which must be in `supported`.
    init(_ number: Int) {
        precondition(Self.supported.contains(number), "QR Code version \(number) is not supported")
        self.number = number
    }

    /// The smallest version holding `byteCount` bytes in byte mode at `correction`; nil if none does.
    static func smallest(holding byteCount: Int, at correction: QRCode.Correction) -> QRVersion? {
        supported.lazy.map(QRVersion.init).first { $0.byteCapacity(at: correction) >= byteCount }
    }

    /// Modules per side.
    var size: Int { 17 + 4 * number }

    /// Row and column coordinates of the alignment pattern centres (empty for version 1).
    var alignmentCentres: [Int] { Self.alignmentCentres[number - 1] }

    /// All codewords the symbol holds, data and error correction together.
    var totalCodewords: Int { Self.totalCodewords[number - 1] }

    /// Bits of the character count in a byte-mode segment.
    var byteCountBits: Int { number <= 9 ? 8 : 16 }

    /// How the codewords divide into blocks at `correction`.
    func blocks(at correction: QRCode.Correction) -> QRBlockLayout {
        let (count, checkCodewords) = Self.errorCorrectionBlocks(at: correction)[number - 1]
        return QRBlockLayout(totalCodewords: totalCodewords, blockCount: count, checkCodewordsPerBlock: checkCodewords)
    }

    /// The most bytes one byte-mode segment can carry at `correction`: data bits less the 4-bit
    /// mode indicator and the character count.
    func byteCapacity(at correction: QRCode.Correction) -> Int {
        (blocks(at: correction).dataCodewords * 8 - 4 - byteCountBits) / 8
    }

    /// Alignment pattern centres of versions 1…10 (table E.1).
    private static let alignmentCentres: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    /// Total codewords of versions 1…10 (table 1).
    private static let totalCodewords = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346]

    /// Error-correction blocks of versions 1…10 at `correction` (table 9): how many blocks, and
    /// how many error-correction codewords each has.
    private static func errorCorrectionBlocks(at correction: QRCode.Correction) -> [(count: Int, checkCodewords: Int)] {
        switch correction {
        case .low: [(1, 7), (1, 10), (1, 15), (1, 20), (1, 26), (2, 18), (2, 20), (2, 24), (2, 30), (4, 18)]
        case .medium: [(1, 10), (1, 16), (1, 26), (2, 18), (2, 24), (4, 16), (4, 18), (4, 22), (5, 22), (5, 26)]
        case .quartile: [(1, 13), (1, 22), (2, 18), (2, 26), (4, 18), (4, 24), (6, 18), (6, 22), (8, 20), (8, 24)]
        case .high: [(1, 17), (1, 28), (2, 22), (4, 16), (4, 22), (4, 28), (5, 26), (6, 26), (8, 24), (8, 28)]
        }
    }
}
