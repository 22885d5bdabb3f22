/// The registers of the unit that LKE answers are suggested from; the raw value names the
/// register in a ``RegisterReference`` so that the server can link to its rows.
public enum IntegrityRegister: String, Sendable, Codable, CaseIterable {
    /// Appointed agents of change (agen perubahan).
    case agenPerubahan = "agen-perubahan"
    /// Concrete changes made by the agents of change.
    case perubahan
    /// Disciplinary violations of employees.
    case pelanggaranDisiplin = "pelanggaran-disiplin"
    /// Public complaints (pengaduan masyarakat).
    case pengaduan
    /// Who must file an LHKPN, and who has filed.
    case lhkpn
    /// Who must file an LHKASN, and who has filed.
    case lhkasn
    /// The unit's registered licences and services (perijinan/pelayanan).
    case layanan

    /// The register's Indonesian name.
    public var label: String {
        switch self {
        case .agenPerubahan: "Agen Perubahan"
        case .perubahan: "Perubahan oleh Agen Perubahan"
        case .pelanggaranDisiplin: "Pelanggaran Disiplin Pegawai"
        case .pengaduan: "Pengaduan Masyarakat"
        case .lhkpn: "LHKPN"
        case .lhkasn: "LHKASN"
        case .layanan: "Perijinan/Pelayanan"
        }
    }
}
