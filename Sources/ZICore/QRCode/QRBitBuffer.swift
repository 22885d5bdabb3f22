import Foundation

/// A sequence of bits written most significant bit first, as QR Code lays out its data stream.
struct QRBitBuffer: Sendable {
    /// The bits in order.
    private(set) var bits: [Bool] = []

    /// How many bits have been written.
    var count: Int { bits.count }

    /// Appends the lowest `bitCount` bits of `value`, most significant first.
    mutating func append(_ value: Int, bitCount: Int) {
        precondition(
            (0...31).contains(bitCount) && value >= 0 && value >> bitCount == 0,
            "\(value) does not fit in \(bitCount) bits")
        for shift in stride(from: bitCount - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// The bits packed into bytes, the first bit as the top bit of the first byte; a last partial
    /// byte is filled with zeros.
    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            (0..<8).reduce(UInt8(0)) { byte, offset in
                let index = start + offset
                return byte << 1 | (index < bits.count && bits[index] ? 1 : 0)
            }
        }
    }
}
