/// What an employee reports to the UPG (Unit Pengendalian Gratifikasi): a gift received, or a
/// gift refused. Both are reported; only a received gift can fall under an exemption.
public enum GratificationReportKind: String, Sendable, Codable, CaseIterable {
    /// The gift was accepted (penerimaan).
    case diterima
    /// The gift was refused (penolakan).
    case ditolak

    /// The Indonesian name shown in forms and reports.
    public var label: String {
        switch self {
        case .diterima: "Penerimaan gratifikasi"
        case .ditolak: "Penolakan gratifikasi"
        }
    }
}
