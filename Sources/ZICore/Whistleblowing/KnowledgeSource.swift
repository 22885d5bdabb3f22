/// How a reporter came to know what they report.
public enum KnowledgeSource: String, Codable, CaseIterable, Sendable, Labelled {
    /// The reporter saw it happen.
    case sawIt
    /// It happened to the reporter.
    case experiencedIt
    /// Someone told the reporter.
    case toldByOthers
    /// The reporter read it in documents.
    case fromDocuments
    /// Some other way, told in the report.
    case other

    public static let labelGroup = "knowledge_source"
}
