import Vapor

/// One `<option>` of a `<select>` (or one radio button): the value sent, the text shown, and
/// whether it is the current choice.
struct Choice: Content {
    let value: String
    let label: String
    let selected: Bool
}
