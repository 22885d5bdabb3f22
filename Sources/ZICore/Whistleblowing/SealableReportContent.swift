/// Something stored encrypted under a report key as JSON (see ``ReportKey/seal(_:)``).
public protocol SealableReportContent: Codable, Sendable {
    /// Names the kind of content; it is authenticated with the ciphertext so that, for example,
    /// a sealed message cannot be opened as the report.
    static var sealingLabel: String { get }
}
