import Foundation

/// One of the eight mask patterns (ISO/IEC 18004 §7.8.2, table 10). Data modules where the
/// pattern's condition holds are inverted, to avoid large blocks of one colour and shapes that
/// look like finder patterns.
struct QRMask: Sendable, Hashable {
    /// All eight patterns, 0 to 7.
    static let all = (0..<8).map(QRMask.init)

    /// The pattern reference written into the format information, 0…7.
    let pattern: Int

    /// Mask pattern `pattern`, which must be in 0…7.
    init(_ pattern: Int) {
        precondition((0..<8).contains(pattern), "QR Code mask pattern \(pattern) is not in 0…7")
        self.pattern = pattern
    }

    /// Whether the module in column `x`, row `y` is inverted.
    func inverts(x: Int, y: Int) -> Bool {
        switch pattern {
        case 0: (y + x) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (y + x) % 3 == 0
        case 4: (y / 2 + x / 3) % 2 == 0
        case 5: (y * x) % 2 + (y * x) % 3 == 0
        case 6: ((y * x) % 2 + (y * x) % 3) % 2 == 0
        default: ((y + x) % 2 + (y * x) % 3) % 2 == 0
        }
    }
}
