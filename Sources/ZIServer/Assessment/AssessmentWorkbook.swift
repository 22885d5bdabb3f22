import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The LKE as an XLSX file: export of an assessment's answers, and import of a filled file
/// back into the self-assessment with a report of every row that could not be read.
enum AssessmentWorkbook {
    static let maxUploadBytes = 5 * 1024 * 1024
    static let contentType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    /// A row the import could not use, in words.
    struct Issue: Content, Sendable {
        let row: Int
        let question: String?
        let code: String
        let message: String
        /// The sheet and column, for imports that name them (the official workbook).
        var sheet: String? = nil
        var column: String? = nil
    }

    /// What an import did.
    struct Report: Content, Sendable {
        let imported: Int
        let notes: Int
        let issues: [Issue]
    }

    /// The workbook of an assessment (`?source=self` for the unit's answers, otherwise the official ones).
    static func export(_ assessment: Assessment, unit: WorkUnit, req: Request) async throws -> Response {
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        let rows = try await AssessmentAnswerRecords.stored(of: assessment, on: req.db)
        let source: AssessmentScoring.Source = req.query[String.self, at: "source"] == "self" ? .selfAssessment : .official
        let notes = rows.reduce(into: [String: String]()) { notes, row in
            if let note = source == .official ? (row.tpiNote ?? row.selfNote) : row.selfNote { notes[row.questionID] = note }
        }
        let data = try LKEWorkbook.export(
            framework: catalog.framework, answers: AssessmentScoring.answers(rows, source: source),
            notes: notes, unitName: unit.name, year: assessment.year)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = contentType
        let name = "LKE-\(unit.code)-\(assessment.year).xlsx".filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return response
    }

    /// Reads an uploaded workbook and saves what it could read as the unit's answers and notes
    /// (never clearing an answer); every unreadable row is reported.
    static func `import`(_ data: Data, into assessment: Assessment, unit: WorkUnit, req: Request) async throws -> Report {
        guard data.count <= maxUploadBytes else { throw AppError(.payloadTooLarge, code: "payload_too_large") }
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        let result: LKEWorkbookImport
        do {
            let framework = catalog.framework
            result = try await OffEventLoop.run { try LKEWorkbook.import(data: data, framework: framework) }
        } catch let error as LKEWorkbookError {
            throw AppError(
                .unprocessableEntity, code: "workbook_unreadable", messageKey: "error.workbook_unreadable",
                arguments: [describe(error, req: req)])
        }
        let questionNotes = result.notes.filter { catalog.questions[$0.key] != nil }
        let update = AnswerUpdate(answers: result.answers.mapValues { Optional($0) }, notes: questionNotes)
        if !update.questionIDs.isEmpty {
            try await AssessmentAccess.requireQuestions(update, .fillAssessment, unit: unit, catalog: catalog, req: req)
            try await req.writeAsUser { actor, db in
                try await AssessmentService.saveSelfAnswers(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
            }
        }
        let skippedNotes = result.notes.keys.filter { catalog.questions[$0] == nil }.sorted().map {
            Issue(row: 0, question: $0, code: "note_on_group", message: req.t("import.note_on_group"))
        }
        return Report(
            imported: result.answers.count, notes: questionNotes.count,
            issues: result.issues.map { issue($0, req: req) } + skippedNotes)
    }

    private static func issue(_ issue: LKEWorkbookIssue, req: Request) -> Issue {
        let (code, arguments): (String, [String]) =
            switch issue.reason {
            case .missingId: ("missing_id", [])
            case .unknownId(let id): ("unknown_id", [id])
            case .duplicateRow(let first): ("duplicate_row", [String(first)])
            case .noAnswerExpected: ("no_answer_expected", [])
            case .noNoteExpected: ("no_note_expected", [])
            case .unknownOption(let option, let allowed): ("unknown_option", [option, allowed.joined(separator: "/")])
            case .notANumber(let text): ("not_a_number", [text])
            case .outOfRange: ("out_of_range", [issue.reason.description])
            case .missingInput(_, let label): ("missing_input", [label])
            case .invalidAnswer(let message): ("invalid_answer", [message])
            }
        return Issue(row: issue.row, question: issue.nodeId, code: code, message: req.t("import.\(code)", arguments))
    }

    private static func describe(_ error: LKEWorkbookError, req: Request) -> String {
        switch error {
        case .sheetMissing: req.t("import.sheet_missing")
        case .frameworkMismatch(_, let found): req.t("import.framework_mismatch", [found])
        case .unreadable: req.t("import.not_xlsx")
        default: error.description
        }
    }
}
