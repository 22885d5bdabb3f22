/// The predicate a unit is working toward in a year.
public enum TargetPredicate: String, Codable, CaseIterable, Sendable {
    case wbk = "WBK"
    case wbbm = "WBBM"
}

/// Where a unit's ZI programme of one year stands.
public enum ProgrammeStatus: String, Codable, CaseIterable, Sendable {
    /// Preparing: team and plan not yet settled.
    case persiapan
    /// Declared (pencanangan done) and being built.
    case pembangunan
    /// Assessed by the TPI.
    case penilaianTPI = "penilaian_tpi"
    /// Proposed to the national team (TPN).
    case diusulkanTPN = "diusulkan_tpn"
    /// Predicate awarded.
    case ditetapkan
    /// Not awarded this year.
    case tidakDitetapkan = "tidak_ditetapkan"
}
