import Foundation
import ZICore

extension LKEWorkbook {
    /// The LKE of one unit as an `.xlsx` file: every node of `framework` with its weight,
    /// penjelasan, answer, score and note (see ``LKEWorkbookColumn`` for the columns).
    ///
    /// - Parameters:
    ///   - answers: answers by question id, as for ``LKEScorer``; unanswered questions stay empty.
    ///   - notes: notes (Catatan) by node id: a question's or a group's.
    ///   - unitName: the work unit, shown in the title block.
    ///   - year: the assessment year, shown in the title block.
    /// - Throws: ``LKEWorkbookError/invalidAnswer(_:)`` for an answer that does not fit the
    ///   framework, ``LKEWorkbookError/unknownNoteId(_:)``, ``LKEWorkbookError/unwritable(_:)``.
    public static func export(
        framework: LKEFramework, answers: [String: LKEAnswer], notes: [String: String] = [:], unitName: String, year: Int
    ) throws -> Data {
        let score: LKEScore
        do {
            score = try LKEScorer(framework: framework).score(answers)
        } catch let error as LKEAnswerError {
            throw LKEWorkbookError.invalidAnswer(error)
        }
        let nodeIds = Set(framework.allNodes.map(\.id))
        if let unknown = notes.keys.sorted().first(where: { !nodeIds.contains($0) }) {
            throw LKEWorkbookError.unknownNoteId(unknown)
        }
        let sheet = LKEExportSheet(framework: framework, answers: answers, notes: notes, score: score)
            .sheet(unitName: unitName, year: year)
        let workbook = XLSXWorkbook(sheets: [sheet], title: "\(framework.title) – \(unitName) \(year)", creator: "SIZI")
        do {
            return try XLSXWriter.write(workbook)
        } catch let error as XLSXWriterError {
            throw LKEWorkbookError.unwritable(error)
        }
    }
}
