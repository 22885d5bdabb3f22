import Fluent
import Vapor
import ZICore

/// The answers SIZI suggests for an assessment's questions from the unit's own records, each
/// with how it was computed and where the rows are, gathered from the features that register a
/// ``WorksheetSuggestionSource``: the work plan and monev (area 1), the complaints received in
/// the assessment's year (A.II.5.ii.a), the unit's own perception surveys of that year (B.I.a,
/// B.II.a, an internal forecast), and the integrity registers (agents of change, discipline,
/// LHKPN/LHKASN, simplified services). Only what the viewer may read is used; the assessor decides.
enum AssessmentSuggestions {
    /// A suggestion as the worksheet shows it, with the answer it would set.
    struct Suggestion: Encodable {
        let answer: String
        let basis: String
        /// Where the records behind it are listed.
        let link: String?
        /// The answer accepting the suggestion sets.
        let value: LKEAnswer

        private enum CodingKeys: String, CodingKey { case answer, basis, link }
    }

    /// The suggestions for the questions of `part` (an area number or `hasil`), by question id;
    /// where two sources suggest for one question, the one registered first wins. With `only`, the
    /// sources that say they cannot suggest any of those questions are not asked.
    static func of(unit: WorkUnit, year: Int, part: String, only questions: Set<String>? = nil, req: Request) async throws
        -> [String: Suggestion]
    {
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        var result: [String: Suggestion] = [:]
        for source in req.application.worksheetSuggestionSources where source.parts?.contains(part) ?? true {
            if let questions, let suggested = source.questionIDs, suggested.isDisjoint(with: questions) { continue }
            for suggestion in try await source.suggestions(unit: unit, year: year, req: req)
            where (catalog.areaOf[suggestion.questionID].map(String.init) ?? "hasil") == part && result[suggestion.questionID] == nil {
                result[suggestion.questionID] = Suggestion(
                    answer: suggestion.shownAnswer ?? answerText(suggestion.answer, question: catalog.questions[suggestion.questionID]),
                    basis: suggestion.basis, link: suggestion.link, value: suggestion.answer)
            }
        }
        return result
    }

    /// An option's code, or `label: value` for each input of an inputs answer, in the question's order.
    private static func answerText(_ answer: LKEAnswer, question: LKEQuestion?) -> String {
        switch answer {
        case .option(let code): code
        case .number(let number): DecimalText.format(number, decimals: 2)
        case .inputs(let values):
            (question?.inputs ?? []).compactMap { input in
                values[input.id].map { "\(input.label): \(DecimalText.format($0, decimals: 0))" }
            }.joined(separator: "; ")
        }
    }
}
