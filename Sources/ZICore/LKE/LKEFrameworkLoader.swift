import Foundation

/// Reads LKE framework files: decodes the JSON and validates it, failing with a
/// ``LKEFrameworkError`` that names the file and every problem.
public enum LKEFrameworkLoader {
    /// Loads and validates the framework file at `url`.
    public static func load(contentsOf url: URL) throws -> LKEFramework {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LKEFrameworkError.unreadable(source: url.lastPathComponent, reason: error.localizedDescription)
        }
        return try load(data: data, source: url.lastPathComponent)
    }

    /// Decodes and validates a framework from JSON `data`; `source` names it in errors.
    public static func load(data: Data, source: String) throws -> LKEFramework {
        let framework: LKEFramework
        do {
            framework = try JSONDecoder().decode(LKEFramework.self, from: data)
        } catch let error as LKEFrameworkError {
            throw error.attributed(to: source)
        } catch let error as DecodingError {
            throw LKEFrameworkError.malformed(source: source, reason: describe(error))
        }
        try LKEFrameworkValidator.validate(framework, source: source)
        return framework
    }

    /// A one-line account of a decoding error with the JSON path where it happened.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "top level" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing key \"\(key.stringValue)\""
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context)): expected \(type), found null"
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
