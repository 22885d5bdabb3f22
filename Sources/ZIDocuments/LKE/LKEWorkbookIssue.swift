import ZICore

/// A row of an imported LKE workbook whose content (answer or note) was not imported, and why.
///
/// For a `Jumlah` row, the question's whole answer is left out, since a percentage from
/// partial inputs would be wrong.
public struct LKEWorkbookIssue: Sendable, Equatable, CustomStringConvertible {
    /// The row number in the sheet (1-based, as the spreadsheet shows it).
    public let row: Int
    /// The question or group the row belongs to, if its `ID` cell names one.
    public let nodeId: String?
    /// What is wrong.
    public let reason: Reason

    /// Why a row's content was not imported.
    public enum Reason: Sendable, Equatable {
        /// The row has an answer or a note but an empty `ID` cell.
        case missingId
        /// The `ID` cell names no node or `Jumlah` input of the framework.
        case unknownId(String)
        /// The `ID` already appeared in an earlier row.
        case duplicateRow(firstRow: Int)
        /// An answer in a group row, which takes none.
        case noAnswerExpected
        /// A note in a `Jumlah` row; notes belong on the question's row.
        case noNoteExpected
        /// The answer is not one of the question's option codes.
        case unknownOption(String, allowed: [String])
        /// The cell should hold a number but holds this text.
        case notANumber(String)
        /// The number breaks the question's rules (survey value outside 0–4, negative count, …).
        case outOfRange(Double, reason: String)
        /// A `Jumlah` input the question's formula needs is empty while others are filled in.
        case missingInput(id: String, label: String)
        /// Any other answer the framework rejects.
        case invalidAnswer(String)
    }

    public init(row: Int, nodeId: String?, reason: Reason) {
        self.row = row
        self.nodeId = nodeId
        self.reason = reason
    }

    /// The reason ``LKEQuestion/value(for:)`` gave for rejecting an answer.
    init(row: Int, question: LKEQuestion, error: any Error) {
        let reason: Reason =
            switch error as? LKEAnswerError {
            case .unknownOption(_, let option, let allowed): .unknownOption(option, allowed: allowed)
            case .invalidNumber(_, let value, let reason): .outOfRange(value, reason: reason)
            case .missingInput(_, let input):
                .missingInput(id: input, label: question.inputs.first { $0.id == input }?.label ?? input)
            default: .invalidAnswer(String(describing: error))
            }
        self.init(row: row, nodeId: question.id, reason: reason)
    }

    public var description: String {
        "row \(row)" + (nodeId.map { " (\($0))" } ?? "") + ": " + reason.description
    }
}

extension LKEWorkbookIssue.Reason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingId: "the row has an answer or note but no ID"
        case .unknownId(let id): "unknown ID \"\(id)\""
        case .duplicateRow(let first): "the ID already appears in row \(first)"
        case .noAnswerExpected: "a group row takes no answer"
        case .noNoteExpected: "a Jumlah row takes no note; write it on the question's row"
        case .unknownOption(let option, let allowed): "\"\(option)\" is not an option (allowed: \(allowed.joined(separator: ", ")))"
        case .notANumber(let text): "\"\(text)\" is not a number"
        case .outOfRange(let value, let reason): "\(XLSXValue.literal(value)) is not allowed: \(reason)"
        case .missingInput(let id, let label): "the input \"\(label)\" (\(id)) is missing"
        case .invalidAnswer(let message): message
        }
    }
}
