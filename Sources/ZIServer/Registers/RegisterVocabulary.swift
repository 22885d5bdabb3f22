import ZICore
/// The group an employee files an asset report in, as LKE A.II.5.iii counts them: LHKPN
/// (head of unit, officials obliged, others obliged) or LHKASN (administrator, supervisor,
/// functional and other staff).
enum AssetReportGroup: String, CaseIterable, Codable, Sendable, Labelled {
    case lhkpnKepala = "lhkpn-kepala"
    case lhkpnPejabat = "lhkpn-pejabat"
    case lhkpnLainnya = "lhkpn-lainnya"
    case lhkasnAdministrator = "lhkasn-administrator"
    case lhkasnPengawas = "lhkasn-pengawas"
    case lhkasnPelaksana = "lhkasn-pelaksana"

    static let labelGroup = "asset_report_group"

    var isLHKPN: Bool { rawValue.hasPrefix("lhkpn") }

    /// The group an employee falls in by default: LHKPN-obliged ones as officials (the user
    /// marks the head of unit), others as LHKASN by echelon (III → administrator, IV →
    /// supervisor, else functional and staff).
    static func guess(for employee: Employee) -> AssetReportGroup {
        if employee.lhkpnObliged { return .lhkpnPejabat }
        let echelon = (employee.echelon ?? "").uppercased().replacingOccurrences(of: " ", with: "")
        if echelon.hasPrefix("III") { return .lhkasnAdministrator }
        if echelon.hasPrefix("IV") { return .lhkasnPengawas }
        return .lhkasnPelaksana
    }
}

/// How a service was made easier (LKE A.II.6.i.b's four ways).
enum ServiceSimplificationKind: String, CaseIterable, Codable, Sendable, Labelled {
    case waktu, terpadu, alur, aplikasi

    static let labelGroup = "service_simplification_kind"
}
