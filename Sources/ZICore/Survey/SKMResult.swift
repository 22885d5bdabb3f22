/// The outcome of an SKM: the mean score per element, the IKM and its grade.
/// Computed by ``SKMCalculator/compute(_:weight:)``.
public struct SKMResult: Sendable, Codable, Equatable {
    /// How many responses were counted.
    public let respondents: Int
    /// The weight per element the IKM was computed with.
    public let weight: SKMWeight
    /// NRR (nilai rata-rata) per element: the mean score, 1 … 4.
    public let nrr: [SKMElement: Double]
    /// NRR × weight per element (NRR tertimbang).
    public let weightedNRR: [SKMElement: Double]
    /// The IKM on the 1–4 scale: the sum of ``weightedNRR``.
    public let ikm: Double
    /// The IKM converted to 25 … 100: IKM × 25, unrounded.
    public let converted: Double
    /// ``converted`` rounded half up to two decimals, as published; ``grade`` is decided on it.
    public let publishedConverted: Double
    /// The quality grade of ``publishedConverted``.
    public let grade: SKMGrade
    /// The element(s) with the lowest NRR, in element order: the first to improve.
    public let lowestElements: [SKMElement]

    /// The result in one Indonesian sentence: `Nilai IKM 81,25 — mutu pelayanan B (Baik), 4 responden.`
    /// A result computed with a ``SKMWeight/rounded(_:)`` weight says so; `names` names the grade.
    public func summary(names: LabelNames) -> String {
        let value = DecimalText.format(publishedConverted, decimals: 2)
        var text = "Nilai IKM \(value) — mutu pelayanan \(grade.rawValue) (\(names(grade))), \(respondents) responden"
        if case .rounded(let weight) = weight {
            text +=
                "; dihitung dengan bobot \(DecimalText.format(weight, decimals: 4, trimmingZeros: true)) per unsur"
                + " seperti laporan lama, bukan 1/9"
        }
        return text + "."
    }
}
