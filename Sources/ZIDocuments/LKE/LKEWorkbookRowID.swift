import Foundation

/// The content of the `ID` column: a node id, or `<question id>#<input id>` for a `Jumlah` row.
enum LKEWorkbookRowID: Equatable {
    case node(String)
    case input(question: String, input: String)

    private static let separator: Character = "#"

    /// Parses an `ID` cell; `nil` if it is empty.
    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let index = trimmed.firstIndex(of: Self.separator) {
            self = .input(question: String(trimmed[..<index]), input: String(trimmed[trimmed.index(after: index)...]))
        } else {
            self = .node(trimmed)
        }
    }

    /// The text written into the `ID` cell.
    var text: String {
        switch self {
        case .node(let id): id
        case .input(let question, let input): "\(question)\(Self.separator)\(input)"
        }
    }

    /// The question or group the row belongs to.
    var nodeId: String {
        switch self {
        case .node(let id): id
        case .input(let question, _): question
        }
    }
}
