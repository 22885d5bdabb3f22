/// A day of the week, numbered as ISO 8601 numbers them: Monday 1 … Sunday 7.
public enum Weekday: Int, CaseIterable, Sendable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Whether the day is Saturday or Sunday, on which government offices are closed.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
