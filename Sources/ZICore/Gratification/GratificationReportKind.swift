/// What an employee reports to the UPG (Unit Pengendalian Gratifikasi): a gift received, or a
/// gift refused. Both are reported; only a received gift can fall under an exemption.
public enum GratificationReportKind: String, Sendable, Codable, CaseIterable, Labelled {
    /// The gift was accepted (penerimaan).
    case diterima
    /// The gift was refused (penolakan).
    case ditolak

    public static let labelGroup = "gratification_report_kind"
}
