/// How a reporter came to know what they report.
public enum KnowledgeSource: String, Codable, CaseIterable, Sendable {
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

    /// The Indonesian choice shown on the report form.
    public var label: String {
        switch self {
        case .sawIt: "Melihat sendiri"
        case .experiencedIt: "Mengalami sendiri"
        case .toldByOthers: "Mendengar dari orang lain"
        case .fromDocuments: "Dari dokumen"
        case .other: "Lainnya"
        }
    }
}
