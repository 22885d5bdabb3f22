/// A step of a gratification report that has a time limit (see ``GratificationDeadlines``).
public enum GratificationStage: String, Sendable, Codable, CaseIterable {
    /// The employee reports the gift to the UPG.
    case reportToUPG
    /// The UPG forwards the report to KPK.
    case forwardToKPK
    /// The employee hands over a gift KPK declared state property.
    case handover

    /// The Indonesian name shown to staff.
    public var label: String {
        switch self {
        case .reportToUPG: "Pelaporan kepada UPG"
        case .forwardToKPK: "Penerusan laporan kepada KPK"
        case .handover: "Penyerahan gratifikasi yang ditetapkan menjadi milik negara"
        }
    }
}
