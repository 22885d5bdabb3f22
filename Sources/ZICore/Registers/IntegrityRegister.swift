/// The registers of the unit that LKE answers are suggested from; the raw value names the
/// register in a ``RegisterReference`` so that the server can link to its rows.
public enum IntegrityRegister: String, Sendable, Codable, CaseIterable, Labelled {
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

    public static let labelGroup = "integrity_register"
}
