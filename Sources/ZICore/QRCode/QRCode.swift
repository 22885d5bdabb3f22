import Foundation

/// A QR Code symbol (ISO/IEC 18004) encoding bytes in byte mode, versions 1 to 10: the grid of
/// dark and light modules, ready to draw (see `svg(moduleSize:quietZone:title:)`).
///
/// Enough for an `otpauth://` enrolment URI of up to 213 bytes at the default `.medium`
/// correction. The smallest version that fits is chosen, and among the eight masks the one with
/// the lowest penalty score, unless a mask is forced.
public struct QRCode: Sendable, Equatable {
    /// Modules per side, without the quiet zone: 21 for version 1 up to 57 for version 10.
    public let size: Int
    /// The version (1…10) the data needed.
    public let version: Int
    /// The mask pattern (0…7) applied to the data modules.
    public let mask: Int
    /// The error-correction level.
    public let correction: Correction
    /// The modules, row by row; true is dark.
    private let modules: [Bool]

    /// The symbol for `bytes`, in the smallest version that holds them at `correction`, with mask
    /// `mask` (0…7) or, when nil, the mask the standard penalty rules prefer.
    /// Throws `EncodingError.dataTooLong` when even version 10 cannot hold the bytes.
    public init(encoding bytes: [UInt8], correction: Correction = .medium, mask: Int? = nil) throws {
        guard let version = QRVersion.smallest(holding: bytes.count, at: correction) else {
            throw EncodingError.dataTooLong(
                byteCount: bytes.count,
                maximum: QRVersion.largest.byteCapacity(at: correction))
        }
        let codewords = QRCodewords(bytes, version: version, correction: correction).interleaved
        var unmasked = QRMatrix(version: version)
        unmasked.placeData(codewords)
        let chosen = mask.map(QRMask.init) ?? unmasked.lowestPenaltyMask(correction: correction)
        let matrix = unmasked.masked(with: chosen, correction: correction)
        self.size = matrix.size
        self.version = version.number
        self.mask = chosen.pattern
        self.correction = correction
        self.modules = matrix.modules
    }

    /// The symbol for the UTF-8 bytes of `text`.
    public init(encoding text: String, correction: Correction = .medium, mask: Int? = nil) throws {
        try self.init(encoding: Array(text.utf8), correction: correction, mask: mask)
    }

    /// Whether the module in column `x`, row `y` (both 0..<size, from the top left) is dark.
    public func isDark(x: Int, y: Int) -> Bool {
        precondition((0..<size).contains(x) && (0..<size).contains(y), "module (\(x), \(y)) is outside the symbol")
        return modules[y * size + x]
    }
}
