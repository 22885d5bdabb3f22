/// Why the gratification rules could not be loaded; the description, in Indonesian, names
/// the file and every problem.
public enum GratificationRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or directory could not be read.
    case unreadable(source: String, reason: String)
    /// The file is not the expected JSON shape (missing key, wrong type, unknown relation, …).
    case malformed(source: String, reason: String)
    /// The files parsed but break the rules checked by ``GratificationRuleValidator``.
    case invalid(issues: [GratificationRuleIssue])
    /// The bundled rule directory is missing from the resource bundle.
    case resourcesMissing

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .unreadable(let source, let reason):
            "Aturan gratifikasi \(source) tidak dapat dibaca: \(reason)"
        case .malformed(let source, let reason):
            "Aturan gratifikasi \(source) tidak sesuai format: \(reason)"
        case .invalid(let issues):
            "Aturan gratifikasi tidak sah (\(issues.count) masalah):\n" + issues.map { "  - \($0)" }.joined(separator: "\n")
        case .resourcesMissing:
            "Berkas aturan gratifikasi bawaan tidak ditemukan."
        }
    }
}
