import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

final class LKEWorkbookExportTests: XCTestCase {
    private var framework: LKEFramework!
    private var answers: [String: LKEAnswer]!
    private var sheet: XLSXSheetContents!
    private var rowById: [String: Int]!

    override func setUpWithError() throws {
        framework = try DocumentsFixtures.framework()
        answers = LKEWorkbookFixtures.mixedAnswers(framework)
        sheet = try XLSXReader().read(LKEWorkbookFixtures.export(framework)).sheet(named: "LKE")
        rowById = [:]
        for (reference, cell) in sheet.cells where reference.column == LKEWorkbookColumn.id.rawValue && reference.row > 7 {
            guard case .text(let id) = cell.value else { continue }
            XCTAssertNil(rowById.updateValue(reference.row, forKey: id), "ID \(id) appears twice")
        }
    }

    private func cell(_ id: String, _ column: LKEWorkbookColumn, file: StaticString = #filePath, line: UInt = #line) -> XLSXCellContents? {
        guard let row = rowById[id] else {
            XCTFail("no row \(id)", file: file, line: line)
            return nil
        }
        return sheet[CellReference(row: row, column: column.rawValue)]
    }

    private func value(_ id: String, _ column: LKEWorkbookColumn) -> XLSXValue? {
        cell(id, column)?.value
    }

    func testTitleBlockAndHeader() throws {
        let score = try LKEScorer(framework: framework).score(answers)
        XCTAssertEqual(
            sheet[CellReference("A1")!]?.value,
            .text(
                "Lembar Kerja Evaluasi Zona Integritas Menuju WBK/WBBM (PermenPANRB 90/2021, Lampiran III; data versi \(framework.version))"
            ))
        XCTAssertEqual(sheet[CellReference("A2")!]?.value, .text("Unit kerja"))
        XCTAssertEqual(sheet[CellReference("B2")!]?.value, .text("Kantor Pelayanan Contoh"))
        XCTAssertEqual(sheet[CellReference("B3")!]?.value, .number(2025))
        XCTAssertEqual(sheet[CellReference("B4")!]?.value, .text("permenpanrb-90-2021"))
        XCTAssertEqual(sheet[CellReference("A5")!]?.value, .text("Nilai total"))
        XCTAssertEqual(sheet[CellReference("B5")!]?.value, .number(score.total))
        XCTAssertEqual(
            (1...9).map { sheet[CellReference(row: 7, column: $0)]?.value },
            ["Penilaian", "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan", "ID (jangan diubah)"].map {
                .text($0)
            })
    }

    func testOneRowPerNodeAndInputInDocumentOrder() {
        let inputIds = framework.questions.flatMap { question in question.inputs.map { "\(question.id)#\($0.id)" } }
        XCTAssertEqual(rowById.count, framework.allNodes.count + inputIds.count)
        let order = rowById.sorted { $0.value < $1.value }.map(\.key).filter { !$0.contains("#") }
        XCTAssertEqual(order, framework.allNodes.map(\.id))
        XCTAssertEqual(rowById["A.II.1.i.a#agenPerubahan"], rowById["A.II.1.i.a"]! + 1)
        XCTAssertEqual(rowById["A.II.1.i.a#perubahanDibuat"], rowById["A.II.1.i.a"]! + 2)
    }

    func testGroupRowsShowWeightScoreAndPercentage() throws {
        let score = try LKEScorer(framework: framework).score(answers)
        XCTAssertEqual(value("A.I.1", .penilaian), .text("A.I.1 MANAJEMEN PERUBAHAN"))
        XCTAssertEqual(value("A.I.1", .bobot), .number(4))
        XCTAssertEqual(value("A.I.1", .nilai), .number(try XCTUnwrap(score.score(of: "A.I.1"))))
        XCTAssertEqual(cell("A.I.1", .persen), XLSXCellContents(.number(score.score(of: "A.I.1")! / 4), isPercentage: true))
        XCTAssertNil(cell("A.I.1", .jawaban))
        XCTAssertEqual(value("A", .catatan), .text("Catatan komponen"))
    }

    func testOptionQuestionRows() throws {
        XCTAssertEqual(
            value("A.I.1.i.a", .penilaian), .text("A.I.1.i.a Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"))
        XCTAssertEqual(value("A.I.1.i.a", .penjelasan), .text("Ya, jika Tim telah dibentuk di dalam unit kerja."))
        XCTAssertEqual(value("A.I.1.i.a", .pilihanJawaban), .text("Ya/Tidak"))
        XCTAssertEqual(value("A.I.1.i.a", .catatan), .text("SK Tim No. 12/2025 & <lampiran>\nbaris kedua"))
        XCTAssertNil(cell("A.I.1.i.a", .bobot))
        XCTAssertNil(cell("A.I.1.i.a", .persen))
        XCTAssertEqual(
            value("A.I.1.i.b", .penjelasan),
            .text(
                """
                a. Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja
                b. Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja
                c. Jika tidak di seleksi.
                """))
        for (id, answer) in answers {
            guard case .option(let code) = answer else { continue }
            let question = try XCTUnwrap(framework.question(withId: id))
            XCTAssertEqual(value(id, .jawaban), .text(code), id)
            let expected = try question.value(for: answer) * (question.weight ?? 1)
            XCTAssertEqual(value(id, .nilai), .number(expected), id)
        }
        let source = try XCTUnwrap(value("B.I.b", .penjelasan)?.description)
        XCTAssertTrue(
            source.hasSuffix(
                "e. Kinerja utama tidak berorientasi hasil. (sumber: Lampiran I Bab II huruf C, B. Komponen Hasil angka 1 huruf b butir v)")
        )
    }

    func testUnansweredQuestionsHaveEmptyAnswerAndValue() throws {
        let unanswered = try XCTUnwrap(framework.questions.first { answers[$0.id] == nil })
        XCTAssertNil(cell(unanswered.id, .jawaban))
        XCTAssertNil(cell(unanswered.id, .nilai))
        XCTAssertEqual(value(unanswered.id, .pilihanJawaban), .text(unanswered.answerType.rawValue))
    }

    func testPercentageQuestionsShowThePercentageAndOneRowPerInput() {
        XCTAssertEqual(cell("A.II.4.i.a", .jawaban), XLSXCellContents(.number(0.875), isPercentage: true))
        XCTAssertEqual(value("A.II.4.i.a", .nilai), .number(0.875))
        XCTAssertNil(cell("A.II.4.i.a#sasaranKinerja", .jawaban), "a percentage given directly leaves the inputs empty")
        XCTAssertEqual(value("A.II.4.i.a", .pilihanJawaban), .text("%"))
        XCTAssertEqual(
            value("A.II.4.i.a", .penjelasan),
            .text("Persentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja"))

        XCTAssertEqual(cell("A.II.1.i.a", .jawaban), XLSXCellContents(.number(0.75), isPercentage: true))
        XCTAssertEqual(value("A.II.1.i.a#agenPerubahan", .penilaian), .text("- Jumlah Agen Perubahan"))
        XCTAssertEqual(value("A.II.1.i.a#agenPerubahan", .pilihanJawaban), .text("Jumlah"))
        XCTAssertEqual(value("A.II.1.i.a#agenPerubahan", .jawaban), .number(4))
        XCTAssertEqual(value("A.II.1.i.a#perubahanDibuat", .jawaban), .number(3))
        XCTAssertEqual(value("A.II.5.iii.i.a#lainnya", .penilaian), .text("- Jumlah yang harus melaporkan: Lainnya"))
        XCTAssertEqual(cell("A.II.3.iii.a", .jawaban), XLSXCellContents(.number(1), isPercentage: true), "0/0 counts 100 % here")
        XCTAssertNil(cell("A.II.3.iii.a#pelanggaranDisanksi", .jawaban), "an input the formula does not use may stay empty")
    }

    func testPercentageOfADivisionByZeroShowsTheCountedValue() throws {
        let data = try LKEWorkbookFixtures.export(
            framework, answers: ["A.II.1.i.a": .inputs(["agenPerubahan": 0, "perubahanDibuat": 2])], notes: [:])
        let sheet = try XLSXReader().read(data).sheet(named: "LKE")
        let row = try DocumentsFixtures.row(of: "A.II.1.i.a", in: data)
        XCTAssertEqual(
            sheet[CellReference(row: row, column: LKEWorkbookColumn.jawaban.rawValue)], XLSXCellContents(.number(1), isPercentage: true))
    }

    func testSurveyRowsShowTheRawValueAndTheWeightedScore() {
        XCTAssertEqual(value("B.I.a", .bobot), .number(17.5))
        XCTAssertEqual(value("B.I.a", .jawaban), .number(3.25))
        XCTAssertEqual(value("B.I.a", .nilai), .number(17.5 * 3.25 / 4))
        XCTAssertEqual(value("B.I.a", .pilihanJawaban), .text("Nilai (0-4)"))
        XCTAssertEqual(value("B.II.a", .nilai), .number(17.5))
    }

    func testRejectsAnswersAndNotesThatDoNotFitTheFramework() throws {
        XCTAssertThrowsError(try LKEWorkbookFixtures.export(framework, answers: ["A.I.1.i.a": .option("A")], notes: [:])) {
            XCTAssertEqual(
                $0 as? LKEWorkbookError,
                .invalidAnswer(.unknownOption(question: "A.I.1.i.a", option: "A", allowed: ["Ya", "Tidak"])))
        }
        XCTAssertThrowsError(try LKEWorkbookFixtures.export(framework, answers: ["Z.9": .option("Ya")], notes: [:])) {
            XCTAssertEqual($0 as? LKEWorkbookError, .invalidAnswer(.unknownQuestion("Z.9")))
        }
        XCTAssertThrowsError(try LKEWorkbookFixtures.export(framework, answers: [:], notes: ["A.I.1.i.z": "?"])) {
            XCTAssertEqual($0 as? LKEWorkbookError, .unknownNoteId("A.I.1.i.z"))
        }
        XCTAssertThrowsError(try LKEWorkbookFixtures.export(framework, answers: [:], notes: ["A": String(repeating: "x", count: 40_000)])) {
            guard case .unwritable(.textTooLong)? = $0 as? LKEWorkbookError else { return XCTFail("\($0)") }
        }
    }

    func testSheetIsFrozenBelowTheHeaderAndPrintsLandscape() throws {
        let parts = try DocumentsFixtures.unzip(LKEWorkbookFixtures.export(framework))
        let xml = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<pane ySplit="7" topLeftCell="A8" activePane="bottomLeft" state="frozen"/>"#))
        XCTAssertTrue(xml.contains(#"<mergeCell ref="A1:I1"/><mergeCell ref="A6:I6"/>"#))
        XCTAssertTrue(xml.contains(#"orientation="landscape" fitToWidth="1""#))
    }
}
