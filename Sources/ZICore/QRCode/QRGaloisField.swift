import Foundation

/// Arithmetic in GF(256) with the QR Code field polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D) and
/// generator α = 2. Addition is XOR; multiplication goes through logarithm tables.
enum QRGaloisField {
    /// The field polynomial, including its x⁸ term.
    static let polynomial = 0x11D

    /// `exponents[i]` is αⁱ for i in 0..<255.
    static let exponents: [UInt8] = {
        var powers: [UInt8] = []
        var value = 1
        for _ in 0..<255 {
            powers.append(UInt8(value))
            value <<= 1
            if value > 0xFF { value ^= polynomial }
        }
        return powers
    }()

    /// `logarithms[v]` is the i with αⁱ = v, for v in 1…255 (index 0 is unused).
    static let logarithms: [Int] = {
        var logs = [Int](repeating: 0, count: 256)
        for (power, value) in exponents.enumerated() { logs[Int(value)] = power }
        return logs
    }()

    /// αⁱ for any i ≥ 0.
    static func power(_ exponent: Int) -> UInt8 {
        exponents[exponent % 255]
    }

    /// The product `a` · `b` in the field.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return power(logarithms[Int(a)] + logarithms[Int(b)])
    }
}
