/// The change area a row of a work plan belongs to.
///
/// Most plans follow the six change areas of the LKE (area pengungkit); some units add their own
/// (the BPMP DKI 2022 plan has a seventh, "Pengembangan Program dan Kemitraan").
public enum PlanArea: Hashable, Sendable, CustomStringConvertible {
    /// One of the six change areas, by its number 1…6: the `id` of the framework's
    /// `LKEAreaDefinition` (`"1"` Manajemen Perubahan … `"6"` Peningkatan Kualitas Pelayanan Publik).
    case standard(Int)
    /// An area the unit added, named as the table first wrote it, without numbering or a leading
    /// `Zona`/`Area`; texts differing only in case, spacing and punctuation name the same area.
    case unitDefined(String)

    /// The area's name: the standard name of a change area, or the unit's own name.
    public var description: String {
        switch self {
        case .standard(let number): PlanAreaVocabulary.area(number)?.name ?? "Area \(number)"
        case .unitDefined(let name): name
        }
    }
}
