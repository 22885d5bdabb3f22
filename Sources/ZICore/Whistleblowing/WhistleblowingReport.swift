/// What a whistleblower tells, stored only encrypted under the report key.
///
/// Split between encrypted and clear data: everything in this struct, every
/// ``WhistleblowingMessage``, every ``AttachmentDescription`` and every attachment's bytes are
/// encrypted; the server keeps in clear only what it must count and route without reading the
/// report: status, dates (submitted, last activity, deadlines), the unit, which handlers hold
/// the key, the receipt's lookup identifier and the sealed blobs with their sizes. No reporter
/// identity, IP address or free text belongs in the clear part.
public struct WhistleblowingReport: SealableReportContent, Equatable {
    /// A short title.
    public var title: String
    /// What happened.
    public var whatHappened: String
    /// Who is involved.
    public var involvedPeople: [InvolvedPerson]
    /// When it happened, as the reporter tells it (`sekitar Maret 2025`).
    public var whenItHappened: String
    /// Where it happened.
    public var whereItHappened: String
    /// How the reporter knows.
    public var howReporterKnows: KnowledgeSource
    /// The reporter's identity, only when they choose to give it; nil for an anonymous report.
    public var reporterIdentity: ReporterIdentity?

    /// A report as filled in.
    public init(
        title: String, whatHappened: String, involvedPeople: [InvolvedPerson], whenItHappened: String,
        whereItHappened: String, howReporterKnows: KnowledgeSource, reporterIdentity: ReporterIdentity?
    ) {
        self.title = title
        self.whatHappened = whatHappened
        self.involvedPeople = involvedPeople
        self.whenItHappened = whenItHappened
        self.whereItHappened = whereItHappened
        self.howReporterKnows = howReporterKnows
        self.reporterIdentity = reporterIdentity
    }

    /// The label authenticated with a sealed report.
    public static let sealingLabel = "sizi.wbs.report.v1"
}
