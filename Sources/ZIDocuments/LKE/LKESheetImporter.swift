import ZICore

/// Reads the answers and notes of an LKE sheet row by row, validating each answer with
/// ``LKEQuestion/value(for:)`` and recording an ``LKEWorkbookIssue`` for every row whose
/// content cannot be imported.
///
/// Rows are found by their `ID` cell. A `%` question with `Jumlah` rows takes its answer from
/// them when any is filled in (its own `Jawaban` then only shows the derived percentage);
/// otherwise from its `Jawaban` cell.
struct LKESheetImporter {
    private let framework: LKEFramework
    private let layout: LKESheetLayout
    private let questions: [String: LKEQuestion]
    private let groupIds: Set<String>
    private var answers: [String: LKEAnswer] = [:]
    private var notes: [String: String] = [:]
    private var issues: [LKEWorkbookIssue] = []
    /// The first row of each `ID` text.
    private var firstRow: [String: Int] = [:]
    /// The `Jumlah` values read, by question id and input id.
    private var inputs: [String: [String: Double]] = [:]
    /// The questions with a `Jumlah` row that could not be read.
    private var failedInputs: Set<String> = []

    init(framework: LKEFramework, layout: LKESheetLayout) {
        self.framework = framework
        self.layout = layout
        questions = Dictionary(framework.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groupIds = Set(framework.allNodes.compactMap { if case .group(let group) = $0 { group.id } else { nil } })
    }

    mutating func run() -> LKEWorkbookImport {
        for row in layout.dataRows { importRow(row) }
        resolveInputs()
        return LKEWorkbookImport(
            answers: answers, notes: notes, issues: issues.sorted { $0.row < $1.row },
            unitName: layout.titleValue(LKEWorkbook.unitLabel)?.description,
            year: layout.titleValue(LKEWorkbook.yearLabel).flatMap { Int($0.description) }
        )
    }

    private mutating func importRow(_ row: Int) {
        let id = layout.cell(row, .id).flatMap { LKEWorkbookRowID($0.value.description) }
        let answer = layout.cell(row, .jawaban)
        let note = layout.cell(row, .catatan)?.value.description
        let earlierRow = id.flatMap { firstRow[$0.text] }
        if let id, earlierRow == nil { firstRow[id.text] = row }
        guard answer != nil || note != nil else { return }
        guard let id else { return report(row, nil, .missingId) }
        if let earlierRow { return report(row, id.nodeId, .duplicateRow(firstRow: earlierRow)) }
        switch id {
        case .node(let nodeId):
            if let question = questions[nodeId] {
                notes[nodeId] = note
                if let answer { importAnswer(answer, of: question, row: row) }
            } else if groupIds.contains(nodeId) {
                notes[nodeId] = note
                if answer != nil { report(row, nodeId, .noAnswerExpected) }
            } else {
                report(row, nil, .unknownId(id.text))
            }
        case .input(let questionId, let inputId):
            guard let question = questions[questionId], question.inputs.contains(where: { $0.id == inputId }) else {
                return report(row, nil, .unknownId(id.text))
            }
            if note != nil { report(row, questionId, .noNoteExpected) }
            if let answer { importInput(answer, inputId, of: question, row: row) }
        }
    }

    /// The answer in a question's `Jawaban` cell.
    private mutating func importAnswer(_ cell: XLSXCellContents, of question: LKEQuestion, row: Int) {
        let answer: LKEAnswer
        switch question.answerType {
        case .percentage, .survey:
            guard let number = LKECellNumber.read(cell, asPercentage: question.answerType == .percentage) else {
                return report(row, question.id, .notANumber(cell.value.description))
            }
            answer = .number(number)
        case .yaTidak, .abc, .abcd, .abcde:
            let code = cell.value.description.trimmingCharacters(in: .whitespacesAndNewlines)
            let index = try? question.optionIndex(of: code)
            answer = .option(index.map { question.answerType.optionCodes[$0] } ?? code)
        }
        do {
            _ = try question.value(for: answer)
            answers[question.id] = answer
        } catch {
            issues.append(LKEWorkbookIssue(row: row, question: question, error: error))
        }
    }

    /// The count in a `Jumlah` row, checked on its own; the formula is checked once all are read.
    private mutating func importInput(_ cell: XLSXCellContents, _ inputId: String, of question: LKEQuestion, row: Int) {
        guard let count = LKECellNumber.read(cell, asPercentage: false) else {
            failedInputs.insert(question.id)
            return report(row, question.id, .notANumber(cell.value.description))
        }
        do {
            _ = try question.percentage(from: [inputId: count])
        } catch LKEAnswerError.missingInput {
            // The other inputs come from their own rows.
        } catch {
            failedInputs.insert(question.id)
            return issues.append(LKEWorkbookIssue(row: row, question: question, error: error))
        }
        inputs[question.id, default: [:]][inputId] = count
    }

    /// Turns the `Jumlah` values of each `%` question into its answer.
    private mutating func resolveInputs() {
        for question in framework.questions where !question.inputs.isEmpty {
            if failedInputs.contains(question.id) {
                answers[question.id] = nil
                continue
            }
            guard let given = inputs[question.id] else { continue }
            do {
                _ = try question.value(for: .inputs(given))
                answers[question.id] = .inputs(given)
            } catch LKEAnswerError.missingInput {
                answers[question.id] = nil
                let used = (try? LKEFormula(question.formula ?? "").identifiers) ?? []
                for input in question.inputs where used.contains(input.id) && given[input.id] == nil {
                    let row =
                        firstRow[LKEWorkbookRowID.input(question: question.id, input: input.id).text]
                        ?? firstRow[question.id] ?? layout.headerRow
                    report(row, question.id, .missingInput(id: input.id, label: input.label))
                }
            } catch {
                answers[question.id] = nil
                issues.append(LKEWorkbookIssue(row: firstRow[question.id] ?? layout.headerRow, question: question, error: error))
            }
        }
    }

    private mutating func report(_ row: Int, _ nodeId: String?, _ reason: LKEWorkbookIssue.Reason) {
        issues.append(LKEWorkbookIssue(row: row, nodeId: nodeId, reason: reason))
    }
}
