/// The quality grade (mutu pelayanan) of a service by its IKM, PermenPANRB 14/2017.
///
/// The grade is decided on the converted IKM (25 … 100) as published, with two decimals: the
/// intervals below meet without gaps at that precision (88,30 is B, 88,31 is A).
public enum SKMGrade: String, CaseIterable, Sendable, Codable, Labelled {
    case a = "A", b = "B", c = "C", d = "D"

    /// Its name is the unit's performance (kinerja unit pelayanan) in words: `Sangat Baik` … `Tidak Baik`.
    public static let labelGroup = "skm_grade"

    /// The grade's interval of converted IKM values (nilai interval konversi), two decimals.
    public var convertedInterval: ClosedRange<Double> { table.converted }

    /// The grade's interval of IKM values on the 1–4 scale (nilai interval), as the regulation
    /// prints it: each starts at the converted lower bound ÷ 25, but D ends at 2,5996 and C
    /// starts at 2,60. Informative only: the grade is decided on ``convertedInterval``.
    public var ikmInterval: ClosedRange<Double> { table.ikm }

    /// The grade of a converted IKM value: `converted` is first rounded half up to two decimals
    /// (88,305 → 88,31 → A; 88,3049 → 88,30 → B). Values above 100 are A, below 25 D.
    public static func of(converted: Double) -> SKMGrade {
        of(hundredths: (converted * 100).rounded())
    }

    /// The grade of a converted IKM value given in hundredths (8831 for 88,31).
    static func of(hundredths: Double) -> SKMGrade {
        allCases.first { hundredths >= ($0.convertedInterval.lowerBound * 100).rounded() } ?? .d
    }

    /// Table of the regulation (Lampiran, "Nilai Persepsi, Interval IKM, Interval Konversi IKM,
    /// Mutu Pelayanan dan Kinerja Unit Pelayanan").
    private var table: (ikm: ClosedRange<Double>, converted: ClosedRange<Double>) {
        switch self {
        case .a: (3.5324...4.00, 88.31...100.00)
        case .b: (3.0644...3.5323, 76.61...88.30)
        case .c: (2.60...3.0643, 65.00...76.60)
        case .d: (1.00...2.5996, 25.00...64.99)
        }
    }
}
