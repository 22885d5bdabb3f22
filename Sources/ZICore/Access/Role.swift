/// A role a person holds in SIZI, always together with a scope (see ``RoleScope``).
///
/// The raw values are stable identifiers stored in the database and used in the API.
public enum Role: String, Codable, CaseIterable, Sendable {
    case superAdmin = "super_admin"
    case adminInstansi = "admin_instansi"
    case pimpinan
    case koordinatorArea = "koordinator_area"
    case anggotaTim = "anggota_tim"
    case agenPerubahan = "agen_perubahan"
    case evaluatorTPI = "evaluator_tpi"
    case pegawai
    /// A designated handler of the unit's whistleblowing reports (pengelola WBS).
    case pengelolaWBS = "pengelola_wbs"

    /// What kind of scope the role must be granted on.
    public var scopeKind: RoleScope.Kind {
        switch self {
        case .superAdmin: .global
        case .adminInstansi, .evaluatorTPI: .instansi
        case .pimpinan, .koordinatorArea, .anggotaTim, .agenPerubahan, .pegawai, .pengelolaWBS: .unit
        }
    }

    /// Whether a role held on a unit also applies to the units below it in the tree.
    ///
    /// A head (pimpinan) leads the units under their own; team members, agents of
    /// change, employees and WBS handlers act only in the unit they belong to.
    public var appliesToSubUnits: Bool {
        switch self {
        case .pimpinan: true
        case .superAdmin, .adminInstansi, .evaluatorTPI: true
        case .koordinatorArea, .anggotaTim, .agenPerubahan, .pegawai, .pengelolaWBS: false
        }
    }

    /// Whether the role needs a change area (1…6), as the area coordinator does.
    public var needsArea: Bool { self == .koordinatorArea }
}
