import Foundation

/// A relationships part (`…/_rels/<part>.rels`): where a part's related parts are, by id and type.
struct RelationshipsPart {
    /// One internal relationship, its target resolved to a package path without a leading `/`.
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    let relationships: [Relationship]

    /// Parses the relationships of the part at `sourcePath` (`""` for the package itself);
    /// external targets (hyperlinks) are left out.
    init(data: Data, path: String, sourcePath: String) throws {
        let directory = sourcePath.split(separator: "/").dropLast().joined(separator: "/")
        var relationships: [Relationship] = []
        try XMLPartParser.parse(data, part: path) { event in
            guard case .start("Relationship", let attributes) = event, attributes["TargetMode"] != "External",
                let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
            else { return }
            relationships.append(Relationship(id: id, type: type, target: Self.resolve(target, in: directory)))
        }
        self.relationships = relationships
    }

    /// The path of `sourcePath`'s relationships part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func path(for sourcePath: String) -> String {
        var components = sourcePath.split(separator: "/").map(String.init)
        let name = components.popLast() ?? ""
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    /// The target of the first relationship whose type ends with `/typeName`
    /// (matching both transitional and strict OOXML namespaces).
    func target(ofType typeName: String) -> String? {
        relationships.first { $0.type.hasSuffix("/" + typeName) }?.target
    }

    /// The target of the relationship with `id`.
    func target(id: String) -> String? {
        relationships.first { $0.id == id }?.target
    }

    /// `target` resolved against `directory`: absolute targets start at the package root,
    /// `.` and `..` segments are applied.
    private static func resolve(_ target: String, in directory: String) -> String {
        let start = target.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
        var segments = start
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}
