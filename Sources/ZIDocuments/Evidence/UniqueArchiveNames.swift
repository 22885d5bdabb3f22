/// The names given out within one folder of an archive, kept unique the way Windows and macOS
/// compare names: regardless of case and of Unicode composition.
///
/// A name already given out gets a number, `name (2).pdf`, `name (3).pdf`, …
struct UniqueArchiveNames {
    private var taken: Set<String> = []

    /// A safe, unused name for `text` within `limit` characters (see
    /// ``EvidenceFileName/archiveComponent(_:limit:keepingExtension:suffix:)``), now taken.
    mutating func claim(_ text: String, limit: Int, keepingExtension: Bool) -> String {
        var number = 1
        while true {
            let suffix = number == 1 ? "" : " (\(number))"
            let name = EvidenceFileName.archiveComponent(text, limit: limit, keepingExtension: keepingExtension, suffix: suffix)
            if taken.insert(name.lowercased()).inserted { return name }
            number += 1
        }
    }
}
