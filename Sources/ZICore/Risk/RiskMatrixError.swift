/// Why a risk matrix could not be loaded; the description, in Indonesian, names the file and
/// every problem.
public enum RiskMatrixError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(source: String, reason: String)
    /// The file is not the expected JSON shape (missing key, wrong type, …).
    case malformed(source: String, reason: String)
    /// The file parsed but breaks the rules checked by ``RiskMatrixValidator``.
    case invalid(source: String, issues: [RiskMatrixIssue])
    /// The bundled matrix is missing from the resource bundle.
    case resourcesMissing

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .unreadable(let source, let reason):
            "Matriks risiko \(source) tidak dapat dibaca: \(reason)"
        case .malformed(let source, let reason):
            "Matriks risiko \(source) tidak sesuai format: \(reason)"
        case .invalid(let source, let issues):
            "Matriks risiko \(source) tidak sah (\(issues.count) masalah):\n" + issues.map { "  - \($0)" }.joined(separator: "\n")
        case .resourcesMissing:
            "Berkas matriks risiko bawaan tidak ditemukan."
        }
    }
}
