/// What kind of day off a holiday is: a national holiday, collective leave decreed with it, or a
/// day the installation adds itself (a regional holiday).
public enum HolidayKind: String, CaseIterable, Sendable, Codable, Labelled {
    case liburNasional = "libur_nasional"
    case cutiBersama = "cuti_bersama"
    case lainnya

    public static let labelGroup = "holiday_kind"
}
