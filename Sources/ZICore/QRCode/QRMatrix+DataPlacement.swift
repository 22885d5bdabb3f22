import Foundation

extension QRMatrix {
    /// Writes `codewords` into the data modules, most significant bit first (ISO/IEC 18004
    /// §7.7.3): in two-module-wide columns from the right edge, zig-zagging up then down, right
    /// module before left, skipping function modules and the vertical timing pattern's column.
    /// Modules left over after the last bit (remainder bits) stay light.
    mutating func placeData(_ codewords: [UInt8]) {
        let bits: [Bool] = codewords.flatMap { byte in (0..<8).reversed().map { shift in byte >> shift & 1 == 1 } }
        var next = bits.makeIterator()
        for (x, y) in dataPlacementOrder() where !isFunction(x: x, y: y) {
            guard let bit = next.next() else { return }
            setData(x: x, y: y, dark: bit)
        }
    }

    /// Every module outside the timing column in placement order, function modules included.
    private func dataPlacementOrder() -> [(x: Int, y: Int)] {
        let rightColumns = stride(from: size - 1, through: 1, by: -2).map { $0 <= 6 ? $0 - 1 : $0 }
        return rightColumns.enumerated().flatMap { pairIndex, right in
            let rows = pairIndex % 2 == 0 ? Array((0..<size).reversed()) : Array(0..<size)
            return rows.flatMap { y in [(x: right, y: y), (x: right - 1, y: y)] }
        }
    }
}
