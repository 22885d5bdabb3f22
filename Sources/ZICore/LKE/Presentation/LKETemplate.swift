import Foundation

/// Every question of a framework as a flat list, for `sizi lke template` and for
/// people preparing answer files.
public struct LKETemplate: Codable, Sendable, Equatable {
    /// One question with what an answer file needs to know about it.
    public struct Question: Codable, Sendable, Equatable {
        public let id: String
        /// The change area (`"1"` … `"6"`), absent for hasil questions.
        public let area: String?
        public let text: String
        public let type: LKEAnswerType
        /// Option codes, best first; empty for `%` and survey questions.
        public let options: [String]
        /// The named `Jumlah` inputs of a `%` question.
        public let inputs: [LKEInput]
        public let formula: String?
        /// The row's `soal_id` in KemenPANRB's LKE master; a `%` question's rows are its inputs.
        public let soalID: Int?
        /// The row of the official Excel workbook (sheet `Jawaban`).
        public let excelRow: Int?
        /// What each option is worth in this framework, best first, as decimals.
        public let optionValues: [Decimal]
    }

    public let framework: String
    public let title: String
    public let questions: [Question]

    public init(_ framework: LKEFramework) {
        let index = LKETreeIndex(framework)
        self.framework = framework.id
        title = framework.title
        questions = index.questions.map {
            Question(
                id: $0.id, area: index.areaOf[$0.id], text: $0.text, type: $0.answerType,
                options: $0.answerType.optionCodes, inputs: $0.inputs, formula: $0.formula, soalID: $0.soalID,
                excelRow: $0.excelRow, optionValues: framework.optionScale.values(for: $0.answerType))
        }
    }
}
