import Foundation

/// The codewords of one symbol (ISO/IEC 18004 §7.4–7.6): the bytes as a single byte-mode segment,
/// terminated and padded to the version's data capacity, then split into blocks that each get
/// their Reed–Solomon codewords, and interleaved in the order they are placed in the matrix.
struct QRCodewords: Sendable {
    /// The data codewords, before the split into blocks.
    let data: [UInt8]
    /// How the codewords divide into blocks.
    let layout: QRBlockLayout

    /// Mode indicator of byte mode.
    private static let byteMode = 0b0100
    /// The pad codewords that fill unused data capacity, alternately.
    private static let padCodewords: [UInt8] = [0xEC, 0x11]

    /// The codewords for `bytes`, which must fit `version` at `correction`.
    init(_ bytes: [UInt8], version: QRVersion, correction: QRCode.Correction) {
        precondition(bytes.count <= version.byteCapacity(at: correction), "\(bytes.count) bytes do not fit version \(version.number)")
        layout = version.blocks(at: correction)
        data = Self.paddedSegment(bytes, countBits: version.byteCountBits, capacity: layout.dataCodewords)
    }

    /// All codewords in placement order: the data codewords of the blocks interleaved, then their
    /// error-correction codewords interleaved.
    var interleaved: [UInt8] {
        let code = QRReedSolomon(degree: layout.checkCodewordsPerBlock)
        let dataBlocks = self.dataBlocks
        return Self.interleave(dataBlocks) + Self.interleave(dataBlocks.map(code.remainder(of:)))
    }

    /// The data codewords cut into the layout's blocks.
    private var dataBlocks: [[UInt8]] {
        var start = 0
        return layout.dataCodewordsPerBlock.map { length in
            defer { start += length }
            return Array(data[start..<start + length])
        }
    }

    /// The first codeword of every block, then the second of every block that has one, and so on.
    private static func interleave(_ blocks: [[UInt8]]) -> [UInt8] {
        let longest = blocks.map(\.count).max() ?? 0
        return (0..<longest).flatMap { index in blocks.compactMap { index < $0.count ? $0[index] : nil } }
    }

    /// Mode indicator, byte count and bytes, then a terminator of up to four 0 bits, 0 bits to the
    /// next byte boundary, and pad codewords up to `capacity` codewords.
    private static func paddedSegment(_ bytes: [UInt8], countBits: Int, capacity: Int) -> [UInt8] {
        var buffer = QRBitBuffer()
        buffer.append(byteMode, bitCount: 4)
        buffer.append(bytes.count, bitCount: countBits)
        for byte in bytes { buffer.append(Int(byte), bitCount: 8) }
        buffer.append(0, bitCount: min(4, capacity * 8 - buffer.count))
        let codewords = buffer.bytes
        return codewords + (0..<(capacity - codewords.count)).map { padCodewords[$0 % 2] }
    }
}
