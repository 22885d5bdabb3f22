import Foundation

/// The BCH-protected codes that tell a reader how to decode a symbol: the 15-bit format
/// information (correction level and mask, ISO/IEC 18004 §7.9) and, from version 7 on, the
/// 18-bit version information (§7.10). Bit 0 is the least significant.
enum QRInformationBits {
    /// Generator of the (15, 5) BCH code of the format information: x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1.
    private static let formatGenerator = 0b101_0011_0111
    /// XOR-ed onto the format information so it is never all light.
    private static let formatMask = 0b101_0100_0001_0010
    /// Generator of the (18, 6) BCH code of the version information: x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
    private static let versionGenerator = 0b1_1111_0010_0101

    /// The format information for `correction` and `mask`.
    static func format(correction: QRCode.Correction, mask: QRMask) -> Int {
        let data = correction.formatBits << 3 | mask.pattern
        return withCheckBits(data, checkBitCount: 10, generator: formatGenerator) ^ formatMask
    }

    /// The version information of `version` (only drawn from version 7 on).
    static func version(_ version: QRVersion) -> Int {
        withCheckBits(version.number, checkBitCount: 12, generator: versionGenerator)
    }

    /// `data` followed by the `checkBitCount` bits of the remainder of `data`·x^checkBitCount
    /// divided by `generator`, in GF(2) polynomial arithmetic.
    private static func withCheckBits(_ data: Int, checkBitCount: Int, generator: Int) -> Int {
        let shifted = data << checkBitCount
        var remainder = shifted
        for bit in stride(from: bitLength(shifted) - 1, through: checkBitCount, by: -1) where remainder >> bit & 1 == 1 {
            remainder ^= generator << (bit - checkBitCount)
        }
        return shifted | remainder
    }

    /// The position of the highest set bit plus one (0 for 0).
    private static func bitLength(_ value: Int) -> Int {
        Int.bitWidth - value.leadingZeroBitCount
    }
}
