/// A step of a gratification report that has a time limit (see ``GratificationDeadlines``).
public enum GratificationStage: String, Sendable, Codable, CaseIterable, Labelled {
    /// The employee reports the gift to the UPG.
    case reportToUPG
    /// The UPG forwards the report to KPK.
    case forwardToKPK
    /// The employee hands over a gift KPK declared state property.
    case handover

    public static let labelGroup = "gratification_stage"
}
