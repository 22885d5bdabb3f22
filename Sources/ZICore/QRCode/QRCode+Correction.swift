import Foundation

extension QRCode {
    /// How much of a symbol may be damaged and still read: the share of codewords given to
    /// Reed–Solomon error correction. Higher levels make larger symbols for the same data.
    public enum Correction: Sendable, Hashable, CaseIterable {
        /// About 7 % of the codewords can be restored.
        case low
        /// About 15 % (the default).
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high

        /// The two bits that name the level in the format information (ISO/IEC 18004 table 12).
        var formatBits: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }
    }
}
