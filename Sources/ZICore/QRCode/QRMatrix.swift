import Foundation

/// The module grid of a symbol as it is built: each module's colour, and whether it belongs to a
/// function pattern (finder, separator, timing, alignment, format or version information) that
/// data placement and masking leave alone (ISO/IEC 18004 §6.3).
struct QRMatrix: Sendable {
    /// Modules per side.
    let size: Int
    /// The colours row by row; true is dark.
    private(set) var modules: [Bool]
    /// Whether each module, row by row, belongs to a function pattern.
    private(set) var isFunction: [Bool]

    /// The function patterns of `version`, with the format information reserved (its bits are
    /// written by `masked(with:correction:)`) and every data module still light.
    init(version: QRVersion) {
        size = version.size
        modules = Array(repeating: false, count: size * size)
        isFunction = modules
        drawTimingPatterns()
        drawFinderPatterns()
        drawAlignmentPatterns(centres: version.alignmentCentres)
        drawFormatInformation(0)
        if version.number >= 7 { drawVersionInformation(QRInformationBits.version(version)) }
    }

    /// Whether the module in column `x`, row `y` is dark.
    subscript(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }

    /// Whether the module in column `x`, row `y` belongs to a function pattern.
    func isFunction(x: Int, y: Int) -> Bool {
        isFunction[y * size + x]
    }

    /// Sets the colour of the data module in column `x`, row `y`.
    mutating func setData(x: Int, y: Int, dark: Bool) {
        precondition(!isFunction(x: x, y: y), "(\(x), \(y)) is a function module")
        modules[y * size + x] = dark
    }

    /// This matrix with `mask` applied to its data modules and the format information for
    /// `correction` and `mask` written: the finished symbol.
    func masked(with mask: QRMask, correction: QRCode.Correction) -> QRMatrix {
        var result = self
        for y in 0..<size {
            for x in 0..<size where !isFunction(x: x, y: y) && mask.inverts(x: x, y: y) {
                result.modules[y * size + x].toggle()
            }
        }
        result.drawFormatInformation(QRInformationBits.format(correction: correction, mask: mask))
        return result
    }

    /// Colours the module in column `x`, row `y` and marks it as part of a function pattern.
    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    /// Row 6 and column 6 between the finder patterns: dark and light in turn, dark on even indices.
    private mutating func drawTimingPatterns() {
        for index in 8..<(size - 8) {
            setFunction(x: index, y: 6, dark: index % 2 == 0)
            setFunction(x: 6, y: index, dark: index % 2 == 0)
        }
    }

    /// The three 7×7 finder patterns in the corners but the bottom right, each with its light
    /// one-module separator.
    private mutating func drawFinderPatterns() {
        for (centreX, centreY) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            drawSquareRings(centreX: centreX, centreY: centreY, radius: 4) { ring in ring != 2 && ring != 4 }
        }
    }

    /// The 5×5 alignment patterns centred on every pair of `centres`, except the three pairs that
    /// would overlap a finder pattern.
    private mutating func drawAlignmentPatterns(centres: [Int]) {
        guard let first = centres.first, let last = centres.last else { return }
        let finderCorners = [(first, first), (last, first), (first, last)]
        for centreY in centres {
            for centreX in centres where !finderCorners.contains(where: { $0 == (centreX, centreY) }) {
                drawSquareRings(centreX: centreX, centreY: centreY, radius: 2) { ring in ring != 1 }
            }
        }
    }

    /// The square rings up to `radius` around a centre, each ring dark where `isDark(ring)` holds
    /// (ring 0 is the centre module); modules outside the symbol are skipped.
    private mutating func drawSquareRings(centreX: Int, centreY: Int, radius: Int, isDark: (Int) -> Bool) {
        for dy in -radius...radius {
            for dx in -radius...radius {
                let (x, y) = (centreX + dx, centreY + dy)
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                setFunction(x: x, y: y, dark: isDark(max(abs(dx), abs(dy))))
            }
        }
    }

    /// Both copies of the 15 format information bits, around the top-left finder and split
    /// between the other two, plus the dark module beside the bottom-left finder.
    private mutating func drawFormatInformation(_ bits: Int) {
        let aroundTopLeft = [
            (8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8),
            (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8),
        ]
        let splitCopy = (0..<8).map { (size - 1 - $0, 8) } + (8..<15).map { (8, size - 15 + $0) }
        for (bit, (first, second)) in zip(aroundTopLeft, splitCopy).enumerated() {
            let dark = bits >> bit & 1 == 1
            setFunction(x: first.0, y: first.1, dark: dark)
            setFunction(x: second.0, y: second.1, dark: dark)
        }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// Both copies of the 18 version information bits: a 6×3 block left of the top-right finder
    /// and its transpose above the bottom-left finder.
    private mutating func drawVersionInformation(_ bits: Int) {
        for bit in 0..<18 {
            let dark = bits >> bit & 1 == 1
            let (across, along) = (size - 11 + bit % 3, bit / 3)
            setFunction(x: across, y: along, dark: dark)
            setFunction(x: along, y: across, dark: dark)
        }
    }
}
