import Fluent
import Vapor
import ZICore
import ZIDocuments

/// KemenPANRB's LKE workbook for an assessment (sheet `Jawaban`, the master's rows, unit answer
/// K, note L, evidence M, TPI answer N, note Q): export, and import back. A draft takes the
/// unit's columns, a submitted assessment the TPI's; the other party's columns are reported as
/// not imported. Every sheet, row or cell that cannot be used is reported by sheet, row and column.
enum AssessmentOfficialWorkbook {
    static func export(_ assessment: Assessment, unit: WorkUnit, req: Request) async throws -> Response {
        let master = try req.application.lke.entry(LKECatalog.masterFrameworkID).framework
        let records = try await AssessmentAnswerRecords.of(assessmentID: assessment.id!, on: req.db)
        let data = try await OffEventLoop.run {
            try LKEOfficialWorkbook.export(framework: master, records: records, unitName: unit.name, year: assessment.year)
        }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = AssessmentWorkbook.contentType
        let name = "LKE-ZI-\(assessment.year)-\(unit.code).xlsx".filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return response
    }

    static func `import`(_ data: Data, into assessment: Assessment, unit: WorkUnit, req: Request) async throws -> AssessmentWorkbook.Report
    {
        guard data.count <= AssessmentWorkbook.maxUploadBytes else { throw AppError(.payloadTooLarge, code: "payload_too_large") }
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        let master = try req.application.lke.entry(LKECatalog.masterFrameworkID).framework
        let read: LKEOfficialImport
        do {
            read = try await OffEventLoop.run { try LKEOfficialWorkbook.read(data, framework: master) }
        } catch let error as LKEWorkbookError {
            let reason: String =
                switch error {
                case .officialSheetMissing(let found): req.t("official.sheet_missing", [found.joined(separator: ", ")])
                case .unreadable: req.t("import.not_xlsx")
                default: error.description
                }
            throw AppError(.unprocessableEntity, code: "workbook_unreadable", messageKey: "error.workbook_unreadable", arguments: [reason])
        }
        var issues = read.issues.map { issue in
            AssessmentWorkbook.Issue(
                row: issue.row ?? 0, question: issue.question, code: issue.reason.code,
                message: req.t("official.\(issue.reason.code)", issue.reason.arguments), sheet: issue.sheet, column: issue.column)
        }
        let review = assessment.status == .submitted
        let update =
            review
            ? AnswerUpdate(answers: read.tpiAnswers.mapValues { Optional($0) }, notes: read.tpiNotes)
            : AnswerUpdate(answers: read.unitAnswers.mapValues { Optional($0) }, notes: read.unitNotes, evidence: read.evidence)
        let otherParty = review ? read.unitAnswers.count + read.unitNotes.count : read.tpiAnswers.count + read.tpiNotes.count
        if otherParty > 0 {
            let code = review ? "unit_columns_skipped" : "tpi_columns_skipped"
            issues.append(
                AssessmentWorkbook.Issue(row: 0, question: nil, code: code, message: req.t("official.\(code)", [String(otherParty)])))
        }
        if review {
            try await req.require(.reviewAssessment, on: unit.accessTarget)
        } else if update.questionIDs.isEmpty {
            try await req.require(.fillAssessment, on: unit.accessTarget)
        } else {
            try await AssessmentAccess.requireQuestions(update, .fillAssessment, unit: unit, catalog: catalog, req: req)
        }
        if !update.questionIDs.isEmpty {
            try await req.writeAsUser { actor, db in
                if review {
                    try await AssessmentService.saveReviews(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
                } else {
                    try await AssessmentService.saveSelfAnswers(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
                }
            }
        }
        return AssessmentWorkbook.Report(imported: update.answers.count, notes: update.notes.count, issues: issues)
    }
}
