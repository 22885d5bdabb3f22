/// Why ``EvidenceArchiveWriter`` could not write an export.
public enum EvidenceArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The stored file of an entry does not have the size its item records.
    case sizeMismatch(path: String, expected: Int64, actual: Int64)
    /// The stored file of an entry cannot be opened or read.
    case unreadableSource(path: String, reason: String)
    /// The stored file of an entry ended before all of it was read.
    case truncatedSource(path: String)
    /// The ZIP archive could not be created or written.
    case archiveFailed(reason: String)

    public var description: String {
        switch self {
        case .sizeMismatch(let path, let expected, let actual):
            "the stored file for \(path) has \(actual) bytes, but its record says \(expected)"
        case .unreadableSource(let path, let reason): "the stored file for \(path) cannot be read: \(reason)"
        case .truncatedSource(let path): "the stored file for \(path) ended while it was being read"
        case .archiveFailed(let reason): "the evidence archive could not be written: \(reason)"
        }
    }
}
