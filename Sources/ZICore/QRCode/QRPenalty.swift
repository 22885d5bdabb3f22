import Foundation

/// The penalty score of a finished symbol (ISO/IEC 18004 §7.8.3): the lower, the easier to read.
/// An encoder tries all eight masks and keeps the one with the lowest score.
///
/// The four rules: 3 points for each run of 5 same-coloured modules in a row or column, plus 1
/// for each further module in the run; 3 for each 2×2 block of one colour; 40 for each
/// dark-light-dark-dark-dark-light-dark pattern with 4 light modules on either side (the
/// surrounding quiet zone counts as light); and 10 for each 5 % the share of dark modules is
/// away from 50 %.
enum QRPenalty {
    /// The finder-like pattern rule 3 looks for.
    private static let finderLike: [Bool] = [true, false, true, true, true, false, true]
    /// The light modules rule 3 wants on one side of the pattern.
    private static let lightBorder = [Bool](repeating: false, count: 4)

    /// The total score of `matrix`.
    static func score(_ matrix: QRMatrix) -> Int {
        let lines = rows(of: matrix) + columns(of: matrix)
        return lines.map(sameColourRunPenalty).reduce(0, +)
            + sameColourBlockPenalty(matrix)
            + lines.map(finderLikePenalty).reduce(0, +)
            + darkBalancePenalty(matrix)
    }

    /// Rule 1 for one row or column.
    private static func sameColourRunPenalty(_ line: [Bool]) -> Int {
        var penalty = 0
        var runLength = 0
        for (index, module) in line.enumerated() {
            runLength = index > 0 && line[index - 1] == module ? runLength + 1 : 1
            if runLength == 5 { penalty += 3 } else if runLength > 5 { penalty += 1 }
        }
        return penalty
    }

    /// Rule 2.
    private static func sameColourBlockPenalty(_ matrix: QRMatrix) -> Int {
        let corners = (0..<(matrix.size - 1)).flatMap { y in (0..<(matrix.size - 1)).map { x in (x, y) } }
        return 3
            * corners.filter { x, y in
                let colour = matrix[x, y]
                return matrix[x + 1, y] == colour && matrix[x, y + 1] == colour && matrix[x + 1, y + 1] == colour
            }.count
    }

    /// Rule 3 for one row or column.
    private static func finderLikePenalty(_ line: [Bool]) -> Int {
        let padded = lightBorder + line + lightBorder
        func hasPattern(_ pattern: [Bool], at start: Int) -> Bool {
            padded[start..<start + pattern.count].elementsEqual(pattern)
        }
        let starts = lightBorder.count...(padded.count - lightBorder.count - finderLike.count)
        return 40
            * starts.filter { start in
                hasPattern(finderLike, at: start)
                    && (hasPattern(lightBorder, at: start - lightBorder.count) || hasPattern(lightBorder, at: start + finderLike.count))
            }.count
    }

    /// Rule 4.
    private static func darkBalancePenalty(_ matrix: QRMatrix) -> Int {
        let total = matrix.modules.count
        let dark = matrix.modules.filter { $0 }.count
        return 10 * (abs(dark * 20 - total * 10) / total)
    }

    /// The rows of `matrix`, top to bottom.
    private static func rows(of matrix: QRMatrix) -> [[Bool]] {
        (0..<matrix.size).map { y in (0..<matrix.size).map { x in matrix[x, y] } }
    }

    /// The columns of `matrix`, left to right.
    private static func columns(of matrix: QRMatrix) -> [[Bool]] {
        (0..<matrix.size).map { x in (0..<matrix.size).map { y in matrix[x, y] } }
    }
}

extension QRMatrix {
    /// The mask whose finished symbol scores the lowest penalty; the lowest-numbered on a tie.
    func lowestPenaltyMask(correction: QRCode.Correction) -> QRMask {
        let scored = QRMask.all.map { mask in (mask, QRPenalty.score(masked(with: mask, correction: correction))) }
        return scored.min { $0.1 < $1.1 }!.0
    }
}
