/// How many of something fall under one label: respondents aged `25–34 tahun`, complaints
/// about `Layanan Pengujian`. Reports show such counts with their share of the group's total.
public struct LabelledCount: Sendable, Equatable {
    /// The label as shown.
    public var label: String
    /// How many, 0 or more.
    public var count: Int

    /// `count` under `label`.
    public init(_ label: String, _ count: Int) {
        self.label = label
        self.count = count
    }
}
