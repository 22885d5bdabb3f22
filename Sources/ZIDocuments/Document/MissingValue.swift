/// How documents show a value that is missing: a dash, as in the real plans.
enum MissingValue {
    /// The dash.
    static let dash = "-"

    /// `text` trimmed, or the dash when it is missing or blank.
    static func orDash(_ text: String?) -> String {
        guard let trimmed = text?.trimmingWhitespace(), !trimmed.isEmpty else { return dash }
        return String(trimmed)
    }
}
