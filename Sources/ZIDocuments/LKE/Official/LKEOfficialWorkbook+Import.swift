import Foundation
import ZICore

extension LKEOfficialWorkbook {
    /// The most problems one import lists (a file of the wrong kind would otherwise list thousands).
    public static let maxIssues = 300

    /// Reads an official workbook: the master's rows of sheet `Jawaban` (other sheets are
    /// reported and ignored), answers checked against `framework`'s questions, notes as text.
    public static func read(_ data: Data, framework: LKEFramework) throws -> LKEOfficialImport {
        let rows = LKEOfficialLayout.rows(of: framework)
        guard !rows.isEmpty else { throw LKEWorkbookError.noMasterRows }
        let contents: XLSXWorkbookContents
        do {
            contents = try XLSXReader().read(data)
        } catch let error as XLSXReadError {
            throw LKEWorkbookError.unreadable(error)
        }
        guard let sheet = contents.sheets.first(where: { $0.name == LKEOfficialLayout.sheetName }) else {
            throw LKEWorkbookError.officialSheetMissing(found: contents.sheets.map(\.name))
        }
        var reader = OfficialSheetReader(sheet: sheet, framework: framework)
        for other in contents.sheets where other.name != LKEOfficialLayout.sheetName {
            reader.report(sheet: other.name, row: nil, column: nil, question: nil, .sheetIgnored)
        }
        reader.read(rows)
        return reader.result
    }
}

/// Reads the `Jawaban` sheet row by row (see ``LKEOfficialWorkbook/read(_:framework:)``).
private struct OfficialSheetReader {
    let sheet: XLSXSheetContents
    let framework: LKEFramework
    var result = LKEOfficialImport()
    /// `Jumlah` counts read per `%` question, for the unit and the TPI.
    private var counts: [Bool: [String: [String: Double]]] = [true: [:], false: [:]]

    init(sheet: XLSXSheetContents, framework: LKEFramework) {
        self.sheet = sheet
        self.framework = framework
    }

    mutating func read(_ rows: [LKEOfficialLayout.Row]) {
        let masterRows = Set(rows.map(\.excelRow))
        for row in rows { read(row) }
        for question in framework.questions where question.answerType == .percentage {
            resolveCounts(of: question, unit: true, rows: rows)
            resolveCounts(of: question, unit: false, rows: rows)
        }
        for row in sheet.rowNumbers where !masterRows.contains(row) && row > LKEOfficialLayout.headerRow {
            for column in [LKEOfficialLayout.Column.unitAnswer, .tpiAnswer] {
                if let cell = sheet[CellReference(row: row, column: column.rawValue)] {
                    report(row: row, column: column, question: nil, .outsideMasterRows(cell.value.description))
                }
            }
        }
        result.issues.sort {
            ($0.sheet != LKEOfficialLayout.sheetName ? 0 : 1, $0.row ?? 0) < ($1.sheet != LKEOfficialLayout.sheetName ? 0 : 1, $1.row ?? 0)
        }
    }

    private mutating func read(_ row: LKEOfficialLayout.Row) {
        let id = row.question.id
        let firstRow = row.input == nil || row.input?.id == row.question.inputs.first?.id
        if firstRow {
            if let note = text(row.excelRow, .unitNote) { result.unitNotes[id] = note }
            if let note = text(row.excelRow, .evidence) { result.evidence[id] = note }
            if let note = text(row.excelRow, .tpiNote) { result.tpiNotes[id] = note }
        }
        for (column, unit) in [(LKEOfficialLayout.Column.unitAnswer, true), (.tpiAnswer, false)] {
            guard let cell = sheet[CellReference(row: row.excelRow, column: column.rawValue)] else { continue }
            if let input = row.input {
                guard let count = number(cell.value) else {
                    report(row: row.excelRow, column: column, question: id, .notANumber(cell.value.description))
                    continue
                }
                counts[unit, default: [:]][id, default: [:]][input.id] = count
            } else if let answer = answer(cell.value, of: row.question, row: row.excelRow, column: column) {
                if unit { result.unitAnswers[id] = answer } else { result.tpiAnswers[id] = answer }
            }
        }
    }

    /// The question's answer from its `Jumlah` counts, when any was given and they fit.
    private mutating func resolveCounts(of question: LKEQuestion, unit: Bool, rows: [LKEOfficialLayout.Row]) {
        guard let given = counts[unit]?[question.id], !given.isEmpty else { return }
        let answer = LKEAnswer.inputs(given)
        do {
            _ = try question.value(for: answer, scale: framework.optionScale)
            if unit { result.unitAnswers[question.id] = answer } else { result.tpiAnswers[question.id] = answer }
        } catch {
            let first = rows.first { $0.question.id == question.id }?.excelRow
            report(row: first, column: unit ? .unitAnswer : .tpiAnswer, question: question.id, .invalid("\(error)"))
        }
    }

    private mutating func answer(
        _ value: XLSXValue, of question: LKEQuestion, row: Int, column: LKEOfficialLayout.Column
    ) -> LKEAnswer? {
        let candidate: LKEAnswer
        if question.answerType.isOptionBased {
            let text = value.description.trimmingCharacters(in: .whitespaces)
            guard case .text = value, let index = try? question.optionIndex(of: text) else {
                report(
                    row: row, column: column, question: question.id,
                    .notAnOption(value.description, allowed: question.answerType.optionCodes))
                return nil
            }
            candidate = .option(question.answerType.optionCodes[index])
        } else {
            guard let number = number(value) else {
                report(row: row, column: column, question: question.id, .notANumber(value.description))
                return nil
            }
            candidate = .number(number)
        }
        do {
            _ = try question.value(for: candidate, scale: framework.optionScale)
            return candidate
        } catch {
            report(row: row, column: column, question: question.id, .invalid("\(error)"))
            return nil
        }
    }

    /// A number cell, or a text cell that is a plain decimal (`3,6` or `3.6`).
    private func number(_ value: XLSXValue) -> Double? {
        switch value {
        case .number(let number): return number.isFinite ? number : nil
        case .text(let text):
            let normalized = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            return Double(normalized).flatMap { $0.isFinite ? $0 : nil }
        case .boolean: return nil
        }
    }

    private func text(_ row: Int, _ column: LKEOfficialLayout.Column) -> String? {
        guard let cell = sheet[CellReference(row: row, column: column.rawValue)] else { return nil }
        let text = cell.value.description.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    mutating func report(row: Int?, column: LKEOfficialLayout.Column?, question: String?, _ reason: LKEOfficialImport.Reason) {
        report(sheet: LKEOfficialLayout.sheetName, row: row, column: column?.letter, question: question, reason)
    }

    mutating func report(sheet: String, row: Int?, column: String?, question: String?, _ reason: LKEOfficialImport.Reason) {
        guard result.issues.count < LKEOfficialWorkbook.maxIssues else { return }
        result.issues.append(.init(sheet: sheet, row: row, column: column, question: question, reason: reason))
    }
}
