import Foundation

/// The LKE frameworks available to SIZI, by id.
///
/// ``bundled()`` loads every `*.json` file in the package's `frameworks` resource
/// directory, so adding a framework means adding a file, not code.
public struct LKEFrameworkRegistry: Sendable {
    private let frameworksById: [String: LKEFramework]

    /// A registry of the given frameworks; ids must be unique.
    public init(frameworks: [LKEFramework]) throws {
        var byId: [String: LKEFramework] = [:]
        for framework in frameworks {
            guard byId.updateValue(framework, forKey: framework.id) == nil else {
                throw LKEFrameworkError.duplicateFrameworkId(id: framework.id)
            }
        }
        frameworksById = byId
    }

    /// Loads and validates every `*.json` framework file in `directory`.
    public init(directory: URL) throws {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        } catch {
            throw LKEFrameworkError.unreadable(source: directory.lastPathComponent, reason: error.localizedDescription)
        }
        let jsonFiles = files.filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        try self.init(frameworks: jsonFiles.map(LKEFrameworkLoader.load(contentsOf:)))
    }

    /// The frameworks shipped with ZICore (`Resources/frameworks/*.json`).
    public static func bundled() throws -> LKEFrameworkRegistry {
        guard let directory = Bundle.module.url(forResource: "frameworks", withExtension: nil) else {
            throw LKEFrameworkError.resourcesMissing
        }
        return try LKEFrameworkRegistry(directory: directory)
    }

    /// The ids of the available frameworks, sorted.
    public var ids: [String] { frameworksById.keys.sorted() }

    /// The framework with the given id.
    public func framework(id: String) throws -> LKEFramework {
        guard let framework = frameworksById[id] else {
            throw LKEFrameworkError.unknownFramework(id: id, available: ids)
        }
        return framework
    }
}
