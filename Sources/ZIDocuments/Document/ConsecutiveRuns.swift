extension Sequence {
    /// The elements in runs of neighbours with equal keys, in order: `[1, 1, 2, 1]` by value
    /// gives `[[1, 1], [2], [1]]`.
    func consecutiveRuns<Key: Equatable>(by key: (Element) -> Key) -> [[Element]] {
        var runs: [[Element]] = []
        var runKey: Key?
        for element in self {
            let elementKey = key(element)
            if let runKey, runKey == elementKey {
                runs[runs.count - 1].append(element)
            } else {
                runs.append([element])
            }
            runKey = elementKey
        }
        return runs
    }
}
