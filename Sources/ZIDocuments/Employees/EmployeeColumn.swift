/// A column of an employee list exported by SIMPEG or SIASN, recognised by its header.
///
/// Headers are compared ignoring case, accents, spacing and punctuation (``PlanText/key(_:)``).
/// A header names a column when it equals one of its synonyms; failing that, when it starts with
/// one followed by more words (`Wajib LHKPN (Ya/Tidak)`) and no other header named that column
/// exactly — so `NIP Lama` beside `NIP Baru` is left out.
///
/// | column | synonyms |
/// |---|---|
/// | nip | `NIP`, `NIP Baru`, `NIP 18`, `Nomor Induk Pegawai` |
/// | nama | `Nama`, `Nama Lengkap`, `Nama Pegawai` |
/// | jabatan | `Jabatan`, `Nama Jabatan` |
/// | eselon | `Eselon` |
/// | golongan | `Golongan`, `Gol`, `Golongan Ruang`, `Gol. Ruang`, `Pangkat/Golongan`, `Pangkat/Golongan Ruang`, `Pangkat/Gol. Ruang` |
/// | unitKerja | `Unit Kerja`, `Nama Unit Kerja`, `Unit Organisasi`, `Nama Unit Organisasi`, `Unor`, `Satuan Kerja` |
/// | wajibLHKPN | `Wajib LHKPN`, `Wajib Lapor LHKPN` |
/// | status | `Status`, `Aktif`, `Status Aktif`, `Status Pegawai`, `Status Kepegawaian` |
public enum EmployeeColumn: String, CaseIterable, Sendable, Codable {
    /// The employee's NIP, the key of the import.
    case nip
    /// The full name.
    case nama
    /// The position.
    case jabatan
    /// The echelon of a structural position.
    case eselon
    /// The rank and grade (pangkat/golongan ruang).
    case golongan
    /// The work unit.
    case unitKerja
    /// Whether the employee must file an LHKPN.
    case wajibLHKPN
    /// Whether the employee is active.
    case status

    /// The columns a list must have to be imported.
    public static let required: [EmployeeColumn] = [.nip, .nama]

    /// The column's name as the user interface shows it.
    public var title: String {
        switch self {
        case .nip: "NIP"
        case .nama: "Nama"
        case .jabatan: "Jabatan"
        case .eselon: "Eselon"
        case .golongan: "Golongan"
        case .unitKerja: "Unit Kerja"
        case .wajibLHKPN: "Wajib LHKPN"
        case .status: "Status"
        }
    }

    /// The column whose synonym equals the key of `header`.
    static func exactly(_ header: String) -> EmployeeColumn? {
        let key = PlanText.key(header)
        return allCases.first { $0.synonyms.contains(key) }
    }

    /// The column one of whose synonyms begins the key of `header`, followed by more words.
    static func byPrefix(_ header: String) -> EmployeeColumn? {
        let key = PlanText.key(header)
        return allCases.first { column in column.synonyms.contains { key.hasPrefix($0 + " ") } }
    }

    /// The synonyms, as ``PlanText/key(_:)`` gives them.
    private var synonyms: [String] {
        switch self {
        case .nip: ["nip", "nip baru", "nip 18", "nomor induk pegawai"]
        case .nama: ["nama", "nama lengkap", "nama pegawai"]
        case .jabatan: ["jabatan", "nama jabatan"]
        case .eselon: ["eselon"]
        case .golongan:
            ["golongan", "gol", "golongan ruang", "gol ruang", "pangkat golongan", "pangkat golongan ruang", "pangkat gol ruang"]
        case .unitKerja: ["unit kerja", "nama unit kerja", "unit organisasi", "nama unit organisasi", "unor", "satuan kerja"]
        case .wajibLHKPN: ["wajib lhkpn", "wajib lapor lhkpn"]
        case .status: ["status", "aktif", "status aktif", "status pegawai", "status kepegawaian"]
        }
    }
}
