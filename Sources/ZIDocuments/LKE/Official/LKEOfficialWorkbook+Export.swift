import Foundation
import ZICore

/// The official workbook of one unit: sheet `Jawaban` with the answers and notes on the master's
/// rows and columns (see ``LKEOfficialLayout``), plus `soal_id`, SIZI's id and the text in A–C
/// for people reading it.
public enum LKEOfficialWorkbook {
    public static func export(
        framework: LKEFramework, records: [String: PortalRBQuestionRecord], unitName: String, year: Int
    ) throws -> Data {
        let rows = LKEOfficialLayout.rows(of: framework)
        guard let last = rows.last?.excelRow else { throw LKEWorkbookError.noMasterRows }
        var sheetRows = [XLSXRow](repeating: XLSXRow(), count: last)
        func put(_ row: Int, _ column: Int, _ value: XLSXValue?, _ style: XLSXStyle = .plain) {
            guard let value else { return }
            var cells = sheetRows[row - 1].cells
            if cells.count < column { cells += [XLSXCell?](repeating: nil, count: column - cells.count) }
            cells[column - 1] = XLSXCell(value, style: style)
            sheetRows[row - 1].cells = cells
        }
        put(1, 1, .text("\(framework.title) – \(unitName) \(year)"), XLSXStyle(isBold: true))
        let header = LKEOfficialLayout.headerRow
        for (column, title) in [
            (LKEOfficialLayout.soalColumn, "soal_id"), (LKEOfficialLayout.idColumn, "ID SIZI"),
            (LKEOfficialLayout.textColumn, "Pertanyaan"),
            (LKEOfficialLayout.Column.unitAnswer.rawValue, "Jawaban Unit"), (LKEOfficialLayout.Column.unitNote.rawValue, "Catatan Unit"),
            (LKEOfficialLayout.Column.evidence.rawValue, "Bukti Dukung Unit"), (LKEOfficialLayout.Column.tpiAnswer.rawValue, "Jawaban TPI"),
            (LKEOfficialLayout.Column.tpiNote.rawValue, "Catatan TPI"),
        ] {
            put(header, column, .text(title), XLSXStyle(isBold: true, wrapsText: true))
        }
        let answers = PortalRBAnswer.rows(of: framework, records: records)
        let bySoal = Dictionary(answers.map { ($0.soalID, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            put(row.excelRow, LKEOfficialLayout.soalColumn, .number(Double(row.soalID)))
            put(row.excelRow, LKEOfficialLayout.idColumn, .text(row.input.map { "\(row.question.id):\($0.id)" } ?? row.question.id))
            put(row.excelRow, LKEOfficialLayout.textColumn, .text(row.input?.label ?? row.question.text), XLSXStyle(wrapsText: true))
            guard let answer = bySoal[row.soalID] else { continue }
            put(row.excelRow, LKEOfficialLayout.Column.unitAnswer.rawValue, cell(answer.jawabanUnit))
            put(
                row.excelRow, LKEOfficialLayout.Column.unitNote.rawValue, answer.catatanUnit.map(XLSXValue.text), XLSXStyle(wrapsText: true)
            )
            put(
                row.excelRow, LKEOfficialLayout.Column.evidence.rawValue, answer.buktiDukungUnit.map(XLSXValue.text),
                XLSXStyle(wrapsText: true))
            put(row.excelRow, LKEOfficialLayout.Column.tpiAnswer.rawValue, cell(answer.jawabanTPI))
            put(row.excelRow, LKEOfficialLayout.Column.tpiNote.rawValue, answer.catatanTPI.map(XLSXValue.text), XLSXStyle(wrapsText: true))
        }
        let columns = (1...LKEOfficialLayout.Column.tpiNote.rawValue).map { column in
            XLSXColumn(width: column == LKEOfficialLayout.textColumn ? 60 : [12, 13, 17].contains(column) ? 40 : 12)
        }
        let sheet = XLSXSheet(name: LKEOfficialLayout.sheetName, columns: columns, rows: sheetRows, frozenRows: header)
        do {
            return try XLSXWriter.write(XLSXWorkbook(sheets: [sheet], title: "\(framework.title) – \(unitName) \(year)", creator: "SIZI"))
        } catch let error as XLSXWriterError {
            throw LKEWorkbookError.unwritable(error)
        }
    }

    private static func cell(_ value: PortalRBAnswer.Value?) -> XLSXValue? {
        switch value {
        case .text(let text)?: .text(text)
        case .number(let number)?: .number(number)
        case nil: nil
        }
    }
}
