/// The kind of public service a unit gives, where it matters for the ZI rules: the Stranas PK
/// priority services (hospitals, civil registration, vehicle tax, one-stop permits, education,
/// employment) of regional governments may be proposed while Tabel 5 is still being met.
public enum UnitServiceType: String, CaseIterable, Sendable, Codable, Labelled {
    case rsud, dukcapil, samsat, ptsp, pendidikan, ketenagakerjaan, lainnya

    public static let labelGroup = "unit_service_type"
}

/// The Stranas PK exemption of Tabel 5, as data: which service types of which governments it covers.
public struct StranasPKExemption: Codable, Sendable, Equatable {
    /// The service types it covers.
    public let serviceTypes: [UnitServiceType]
    /// Only units of regional governments (pemerintah daerah).
    public let pemerintahDaerahOnly: Bool
    /// What the exemption allows, as the regulation words it.
    public let basis: String

    /// Whether a unit of `serviceType` in a (regional or central) government is covered.
    public func covers(_ serviceType: UnitServiceType?, pemerintahDaerah: Bool) -> Bool {
        guard let serviceType, !pemerintahDaerahOnly || pemerintahDaerah else { return false }
        return serviceTypes.contains(serviceType)
    }
}
