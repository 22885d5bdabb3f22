import Foundation

/// Why an LKE framework could not be loaded or found.
public enum LKEFrameworkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(source: String, reason: String)
    /// The file is not the expected JSON shape (missing key, wrong type, …).
    case malformed(source: String, reason: String)
    /// The file parsed but breaks the framework's rules.
    case invalid(source: String?, issues: [LKEFrameworkIssue])
    /// No framework with that id is registered.
    case unknownFramework(id: String, available: [String])
    /// Two framework files share one id.
    case duplicateFrameworkId(id: String)
    /// The bundled framework directory is missing from the resource bundle.
    case resourcesMissing

    public var description: String {
        switch self {
        case .unreadable(let source, let reason):
            return "cannot read LKE framework \(source): \(reason)"
        case .malformed(let source, let reason):
            return "malformed LKE framework \(source): \(reason)"
        case .invalid(let source, let issues):
            let lines = issues.map { "  - \($0)" }.joined(separator: "\n")
            return
                "invalid LKE framework\(source.map { " \($0)" } ?? "") (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n\(lines)"
        case .unknownFramework(let id, let available):
            return "unknown LKE framework \"\(id)\" (available: \(available.joined(separator: ", ")))"
        case .duplicateFrameworkId(let id):
            return "more than one LKE framework file has id \"\(id)\""
        case .resourcesMissing:
            return "the bundled LKE framework directory is missing"
        }
    }

    /// The same error, attributed to `source` when it had no source yet.
    func attributed(to source: String) -> LKEFrameworkError {
        if case .invalid(nil, let issues) = self { .invalid(source: source, issues: issues) } else { self }
    }
}
