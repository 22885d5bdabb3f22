import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// Answer sets and sheets for the LKE workbook tests.
enum LKEWorkbookFixtures {
    /// A mix over the whole real framework: every kind of option, `%` as a number, as `Jumlah`
    /// inputs (with an optional input left out, 0/0, and a breakdown group), survey values,
    /// and every seventh option question unanswered.
    static func mixedAnswers(_ framework: LKEFramework) -> [String: LKEAnswer] {
        var answers: [String: LKEAnswer] = [:]
        for (index, question) in framework.questions.filter(\.answerType.isOptionBased).enumerated() where index % 7 != 6 {
            let codes = question.answerType.optionCodes
            answers[question.id] = .option(codes[index % codes.count])
        }
        answers["A.II.1.i.a"] = .inputs(["agenPerubahan": 4, "perubahanDibuat": 3])
        answers["A.II.1.i.b"] = .inputs(["perubahanDibuat": 3, "perubahanTerintegrasi": 2])
        answers["A.II.3.iii.a"] = .inputs(["pelanggaranTahunSebelumnya": 0, "pelanggaranTahunIni": 0])
        answers["A.II.4.i.a"] = .number(87.5)
        answers["A.II.5.ii.a"] = .number(62.25)
        answers["A.II.5.iii.i.a"] = .inputs(["kepalaSatuanKerja": 1, "pejabatWajibLhkpn": 10, "lainnya": 5, "sudahMelaporkan": 12])
        answers["A.II.6.i.b"] = .inputs(["layananTerdata": 8, "layananDipermudah": 6])
        answers["B.I.a"] = .number(3.25)
        answers["B.II.a"] = .number(4)
        return answers
    }

    /// Notes on questions and a group, with characters XML and spreadsheets treat specially.
    static let notes = [
        "A": "Catatan komponen",
        "A.I.1.i.a": "SK Tim No. 12/2025 & <lampiran>\nbaris kedua",
        "A.II.1.i.a": "  spasi di depan, _x0041_ tetap",
        "B.I.a": "IPAK 2025: \"baik\"",
    ]

    static func export(_ framework: LKEFramework, answers: [String: LKEAnswer]? = nil, notes: [String: String]? = nil) throws -> Data {
        try LKEWorkbook.export(
            framework: framework, answers: answers ?? mixedAnswers(framework),
            notes: notes ?? Self.notes, unitName: "Kantor Pelayanan Contoh", year: 2025)
    }

    /// A sheet laid out by hand: optional title rows, then a header row with `columns` in the
    /// given order, then one row per dictionary.
    static func handMade(
        name: String = "Lembar1", title: [[XLSXValue]] = [], columns: [LKEWorkbookColumn], rows: [[LKEWorkbookColumn: XLSXValue]]
    ) throws -> Data {
        let header = XLSXRow(cells: columns.map { XLSXCell(.text($0.header)) })
        let body = rows.map { values in XLSXRow(cells: columns.map { column in values[column].map { XLSXCell($0) } }) }
        let titleRows = title.map { XLSXRow(cells: $0.map { XLSXCell($0) }) }
        return try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: name, rows: titleRows + [header] + body)]))
    }
}
