/// Counting register rows by their ids: each row once, and a part only inside its whole.
enum RecordIDs {
    /// `ids` with repeats left out, in the order of first appearance.
    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The ids of `part` that are in `whole`, each once, in `part`'s order.
    static func unique(_ part: [String], within whole: [String]) -> [String] {
        let allowed = Set(whole)
        return unique(part).filter(allowed.contains)
    }
}
