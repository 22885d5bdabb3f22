import Foundation

/// How a version's codewords divide into error-correction blocks at one level. Each block has the
/// same number of error-correction codewords; when the data codewords do not divide evenly, the
/// first blocks ("group 1") have one data codeword fewer than the rest.
struct QRBlockLayout: Sendable, Hashable {
    /// All codewords, data and error correction.
    let totalCodewords: Int
    /// How many blocks.
    let blockCount: Int
    /// Error-correction codewords in each block.
    let checkCodewordsPerBlock: Int

    /// Data codewords over all blocks.
    var dataCodewords: Int { totalCodewords - blockCount * checkCodewordsPerBlock }

    /// Data codewords of each block, in order.
    var dataCodewordsPerBlock: [Int] {
        let shortLength = dataCodewords / blockCount
        let longBlocks = dataCodewords % blockCount
        return (0..<blockCount).map { $0 < blockCount - longBlocks ? shortLength : shortLength + 1 }
    }
}
