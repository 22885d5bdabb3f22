import ZICore

/// What an official workbook (``LKEOfficialLayout``) held, by question id, and every sheet, row
/// or cell it could not use. Nothing is guessed: a cell that does not read as its question's
/// answer is reported, never approximated.
public struct LKEOfficialImport: Sendable, Equatable {
    /// Why a sheet, row or cell was not used.
    public enum Reason: Sendable, Equatable {
        /// A sheet other than `Jawaban` (its content is ignored).
        case sheetIgnored
        /// An answer that is none of the question's option codes.
        case notAnOption(String, allowed: [String])
        /// A count or survey value that is not a number.
        case notANumber(String)
        /// A value its question refuses (out of range, incomplete `Jumlah` rows).
        case invalid(String)
        /// An answer cell on a row that is no row of the master: the layout has moved.
        case outsideMasterRows(String)

        /// A stable code for translations.
        public var code: String {
            switch self {
            case .sheetIgnored: "sheet_ignored"
            case .notAnOption: "not_an_option"
            case .notANumber: "not_a_number"
            case .invalid: "invalid"
            case .outsideMasterRows: "outside_master_rows"
            }
        }

        /// The values a message names.
        public var arguments: [String] {
            switch self {
            case .sheetIgnored: []
            case .notAnOption(let text, let allowed): [text, allowed.joined(separator: "/")]
            case .notANumber(let text), .invalid(let text), .outsideMasterRows(let text): [text]
            }
        }
    }

    /// One problem, named by sheet, row and column.
    public struct Issue: Sendable, Equatable {
        public let sheet: String
        public let row: Int?
        /// The column letter (`K`).
        public let column: String?
        /// The SIZI question id, when the row belongs to one.
        public let question: String?
        public let reason: Reason
    }

    public internal(set) var unitAnswers: [String: LKEAnswer] = [:]
    public internal(set) var tpiAnswers: [String: LKEAnswer] = [:]
    public internal(set) var unitNotes: [String: String] = [:]
    public internal(set) var evidence: [String: String] = [:]
    public internal(set) var tpiNotes: [String: String] = [:]
    public internal(set) var issues: [Issue] = []
}
