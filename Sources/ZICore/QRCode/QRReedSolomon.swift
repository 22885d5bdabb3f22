import Foundation

/// The Reed–Solomon code QR Code uses to protect each block: the error-correction codewords of a
/// block are the remainder of the data polynomial times x^degree divided by the generator
/// polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)).
struct QRReedSolomon: Sendable {
    /// The generator's coefficients after its leading 1, highest power first (`degree` of them).
    let generator: [UInt8]

    /// The code that adds `degree` error-correction codewords to a block.
    init(degree: Int) {
        precondition(degree >= 1, "a Reed–Solomon code needs at least one check codeword")
        generator = (0..<degree).reduce([UInt8]()) { product, root in
            Self.multiplyByLinearFactor(product, root: QRGaloisField.power(root))
        }
    }

    /// The error-correction codewords for `data`.
    func remainder(of data: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for codeword in data {
            let factor = codeword ^ remainder.removeFirst()
            remainder.append(0)
            for index in generator.indices {
                remainder[index] ^= QRGaloisField.multiply(generator[index], factor)
            }
        }
        return remainder
    }

    /// The monic polynomial `1·xⁿ + coefficients…` (coefficients highest power first, leading 1
    /// left out) multiplied by (x − root), in the same form.
    private static func multiplyByLinearFactor(_ coefficients: [UInt8], root: UInt8) -> [UInt8] {
        let shifted = coefficients + [0]
        let scaled = [UInt8(1)] + coefficients
        return zip(shifted, scaled).map { $0 ^ QRGaloisField.multiply($1, root) }
    }
}
