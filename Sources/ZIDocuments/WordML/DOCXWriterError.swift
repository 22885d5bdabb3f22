/// Why a Word document could not be written.
public enum DOCXWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The ZIP container could not be written.
    case archiveFailed(reason: String)

    public var description: String {
        switch self {
        case .archiveFailed(let reason): "the DOCX container could not be written: \(reason)"
        }
    }
}
