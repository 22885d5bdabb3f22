import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

final class LKEWorkbookImportTests: XCTestCase {
    private var framework: LKEFramework!

    override func setUpWithError() throws {
        framework = try DocumentsFixtures.framework()
    }

    private func importing(_ data: Data) throws -> LKEWorkbookImport {
        try LKEWorkbook.import(data: data, framework: framework)
    }

    private func issue(_ id: String, in data: Data, nodeId: String?, _ reason: LKEWorkbookIssue.Reason) throws -> LKEWorkbookIssue {
        LKEWorkbookIssue(row: try DocumentsFixtures.row(of: id, in: data), nodeId: nodeId, reason: reason)
    }

    // MARK: - Round trips

    func testExportThenImportGivesTheSameAnswersAndNotes() throws {
        let answers = LKEWorkbookFixtures.mixedAnswers(framework)
        let result = try importing(LKEWorkbookFixtures.export(framework))
        XCTAssertEqual(result.issues, [])
        XCTAssertEqual(result.answers, answers)
        XCTAssertEqual(result.notes, LKEWorkbookFixtures.notes)
        XCTAssertEqual(result.unitName, "Kantor Pelayanan Contoh")
        XCTAssertEqual(result.year, 2025)
    }

    func testCompleteBestAndWorstAnswerSetsRoundTrip() throws {
        for answers in [Self.best(framework), Self.worst(framework)] {
            let result = try importing(LKEWorkbookFixtures.export(framework, answers: answers, notes: [:]))
            XCTAssertEqual(result.issues, [])
            XCTAssertEqual(result.answers, answers)
            XCTAssertEqual(try LKEScorer(framework: framework).score(result.answers), try LKEScorer(framework: framework).score(answers))
        }
    }

    func testAnEmptyWorkbookImportsNothingAndReportsNothing() throws {
        let result = try importing(LKEWorkbookFixtures.export(framework, answers: [:], notes: [:]))
        XCTAssertEqual(result, LKEWorkbookImport(answers: [:], notes: [:], issues: [], unitName: "Kantor Pelayanan Contoh", year: 2025))
    }

    func testOptionCodesAreMatchedRegardlessOfCaseAndStoredCanonically() throws {
        let data = try DocumentsFixtures.edited(
            LKEWorkbookFixtures.export(framework, answers: [:], notes: [:]),
            answers: ["A.I.1.i.a": .text(" ya "), "A.I.1.i.b": .text("b"), "B.I.b": .text("e")])
        let result = try importing(data)
        XCTAssertEqual(result.issues, [])
        XCTAssertEqual(result.answers, ["A.I.1.i.a": .option("Ya"), "A.I.1.i.b": .option("B"), "B.I.b": .option("E")])
    }

    // MARK: - What people type

    func testNumbersTypedAsTextOrIntoPercentageCellsAreReadAsShown() throws {
        let exported = try LKEWorkbookFixtures.export(framework)
        let data = try DocumentsFixtures.edited(
            exported,
            answers: [
                "A.II.4.i.a": .number(0.9), // typed 90 % into the 0.00% cell
                "A.II.5.ii.a": .text("80,5 %"),
                "A.II.1.i.a#agenPerubahan": .text("6"),
                "B.I.a": .text("3,6"),
                "B.II.a": .text("3.75"),
            ])
        let answers = try importing(data).answers
        XCTAssertEqual(answers["A.II.4.i.a"], .number(90))
        XCTAssertEqual(answers["A.II.5.ii.a"], .number(80.5))
        XCTAssertEqual(
            answers["A.II.1.i.a"], .inputs(["agenPerubahan": 6, "perubahanDibuat": 3]),
            "the Jumlah rows win over the percentage shown on the question's row")
        XCTAssertEqual(answers["B.I.a"], .number(3.6))
        XCTAssertEqual(answers["B.II.a"], .number(3.75))
    }

    func testAPercentageInAPlainCellCountsAsTyped() throws {
        let data = try LKEWorkbookFixtures.handMade(
            columns: [.id, .jawaban, .catatan],
            rows: [
                [.id: .text("A.II.4.i.a"), .jawaban: .number(75)],
                [.id: .text("A.II.5.ii.a"), .jawaban: .text("60")],
            ])
        XCTAssertEqual(try importing(data).answers, ["A.II.4.i.a": .number(75), "A.II.5.ii.a": .number(60)])
    }

    func testPercentageFromInputsReplacesTheTypedPercentageOnlyWhenInputsAreFilledIn() throws {
        let exported = try LKEWorkbookFixtures.export(framework, answers: ["A.II.6.i.b": .number(40)], notes: [:])
        XCTAssertEqual(try importing(exported).answers, ["A.II.6.i.b": .number(40)])
        let withInputs = try DocumentsFixtures.edited(
            exported,
            answers: [
                "A.II.6.i.b#layananTerdata": .number(10), "A.II.6.i.b#layananDipermudah": .number(5),
            ])
        XCTAssertEqual(try importing(withInputs).answers, ["A.II.6.i.b": .inputs(["layananTerdata": 10, "layananDipermudah": 5])])
    }

    // MARK: - Rows that cannot be imported

    func testEveryBadRowIsReportedWithItsRowNumberAndReason() throws {
        let exported = try LKEWorkbookFixtures.export(framework)
        let data = try DocumentsFixtures.edited(
            exported,
            answers: [
                "A.I.1.i.a": .text("Mungkin"),
                "A.I.1.i.b": .number(2),
                "A.I.1.ii.a": .boolean(true),
                "A.II.4.i.a": .text("banyak"),
                "A.II.5.ii.a": .text("1.000,5"),
                "B.I.a": .number(4.5),
                "B.II.a": .text("80%"),
                "A.II.1.i.a#agenPerubahan": .number(-1),
                "A.II.1.i.b#perubahanDibuat": .text("tiga"),
                "A.II.6.i.b#layananTerdata": nil,
                "A.I.1": .text("A"),
            ], notes: ["A.II.5.iii.i.a#lainnya": .text("catatan di baris Jumlah")])
        let result = try importing(data)
        let expected = [
            try issue("A.I.1", in: data, nodeId: "A.I.1", .noAnswerExpected),
            try issue("A.I.1.i.a", in: data, nodeId: "A.I.1.i.a", .unknownOption("Mungkin", allowed: ["Ya", "Tidak"])),
            try issue("A.I.1.i.b", in: data, nodeId: "A.I.1.i.b", .unknownOption("2", allowed: ["A", "B", "C"])),
            try issue("A.I.1.ii.a", in: data, nodeId: "A.I.1.ii.a", .unknownOption("TRUE", allowed: ["Ya", "Tidak"])),
            try issue(
                "A.II.1.i.a#agenPerubahan", in: data, nodeId: "A.II.1.i.a",
                .outOfRange(-1, reason: "input \"agenPerubahan\" must be a finite count ≥ 0")),
            try issue("A.II.1.i.b#perubahanDibuat", in: data, nodeId: "A.II.1.i.b", .notANumber("tiga")),
            try issue("A.II.4.i.a", in: data, nodeId: "A.II.4.i.a", .notANumber("banyak")),
            try issue("A.II.5.ii.a", in: data, nodeId: "A.II.5.ii.a", .notANumber("1.000,5")),
            try issue("A.II.5.iii.i.a#lainnya", in: data, nodeId: "A.II.5.iii.i.a", .noNoteExpected),
            try issue(
                "A.II.6.i.b#layananTerdata", in: data, nodeId: "A.II.6.i.b",
                .missingInput(id: "layananTerdata", label: "Jumlah perijinan/pelayanan yang terdata/terdaftar")),
            try issue("B.I.a", in: data, nodeId: "B.I.a", .outOfRange(4.5, reason: "a survey value must lie in 0…4")),
            try issue("B.II.a", in: data, nodeId: "B.II.a", .notANumber("80%")),
        ]
        XCTAssertEqual(result.issues, expected)

        var untouched = LKEWorkbookFixtures.mixedAnswers(framework)
        for id in [
            "A.I.1.i.a", "A.I.1.i.b", "A.I.1.ii.a", "A.II.4.i.a", "A.II.5.ii.a", "B.I.a", "B.II.a",
            "A.II.1.i.a", "A.II.1.i.b", "A.II.6.i.b",
        ] {
            untouched[id] = nil
        }
        XCTAssertEqual(result.answers, untouched, "every other answer still imports")
        XCTAssertEqual(result.notes, LKEWorkbookFixtures.notes)
        XCTAssertEqual(result.issues[0].description, "row \(expected[0].row) (A.I.1): a group row takes no answer")
    }

    func testRowsWithUnknownMissingOrRepeatedIdsAreReported() throws {
        let data = try LKEWorkbookFixtures.handMade(
            columns: [.catatan, .id, .penilaian, .jawaban],
            rows: [
                [.id: .text("A.I.1.i.a"), .jawaban: .text("Ya"), .catatan: .text("ok")],
                [.id: .text("Z.9"), .jawaban: .text("Ya")],
                [.penilaian: .text("baris tambahan"), .jawaban: .text("A")],
                [.id: .text("A.I.1.i.a"), .jawaban: .text("Tidak")],
                [.id: .text("A.II.1.i.a#nope"), .jawaban: .number(3)],
                [.id: .text("X.1"), .penilaian: .text("no content, no issue")],
                [.id: .text("A.I.1.i.b"), .jawaban: .text("   ")],
            ])
        let result = try importing(data)
        XCTAssertEqual(result.answers, ["A.I.1.i.a": .option("Ya")])
        XCTAssertEqual(result.notes, ["A.I.1.i.a": "ok"])
        XCTAssertEqual(
            result.issues,
            [
                LKEWorkbookIssue(row: 3, nodeId: nil, reason: .unknownId("Z.9")),
                LKEWorkbookIssue(row: 4, nodeId: nil, reason: .missingId),
                LKEWorkbookIssue(row: 5, nodeId: "A.I.1.i.a", reason: .duplicateRow(firstRow: 2)),
                LKEWorkbookIssue(row: 6, nodeId: nil, reason: .unknownId("A.II.1.i.a#nope")),
            ])
        XCTAssertNil(result.unitName)
        XCTAssertNil(result.year)
    }

    func testIssuesDescribeThemselves() {
        let issue = LKEWorkbookIssue(row: 12, nodeId: "B.I.a", reason: .outOfRange(4.5, reason: "a survey value must lie in 0…4"))
        XCTAssertEqual(issue.description, "row 12 (B.I.a): 4.5 is not allowed: a survey value must lie in 0…4")
        XCTAssertEqual(
            LKEWorkbookIssue(row: 3, nodeId: nil, reason: .missingId).description, "row 3: the row has an answer or note but no ID")
    }

    // MARK: - Workbooks that cannot be imported

    func testRefusesAWorkbookOfAnotherFramework() throws {
        let data = try LKEWorkbookFixtures.handMade(
            title: [[.text("Kerangka"), .text("permenpanrb-5-2024")]],
            columns: [.id, .jawaban, .catatan], rows: [])
        XCTAssertThrowsError(try importing(data)) {
            XCTAssertEqual($0 as? LKEWorkbookError, .frameworkMismatch(expected: "permenpanrb-90-2021", found: "permenpanrb-5-2024"))
        }
    }

    func testRefusesAWorkbookWithoutTheLKEHeader() throws {
        let data = try LKEWorkbookFixtures.handMade(columns: [.penilaian, .jawaban], rows: [[.jawaban: .text("Ya")]])
        XCTAssertThrowsError(try importing(data)) {
            XCTAssertEqual($0 as? LKEWorkbookError, .sheetMissing)
            XCTAssertEqual("\($0)", "no sheet has the LKE header row (columns Jawaban, Catatan, ID (jangan diubah))")
        }
    }

    func testRefusesWhatIsNoSpreadsheet() {
        XCTAssertThrowsError(try importing(Data("Penilaian;Jawaban\n".utf8))) {
            XCTAssertEqual($0 as? LKEWorkbookError, .unreadable(.notXLSX(reason: "the data is not a ZIP archive")))
        }
    }

    // MARK: - Answer sets

    private static func best(_ framework: LKEFramework) -> [String: LKEAnswer] {
        Dictionary(
            uniqueKeysWithValues: framework.questions.map { question in
                switch question.answerType {
                case .percentage: (question.id, .number(100))
                case .survey: (question.id, .number(4))
                default: (question.id, .option(question.answerType.optionCodes[0]))
                }
            })
    }

    private static func worst(_ framework: LKEFramework) -> [String: LKEAnswer] {
        Dictionary(
            uniqueKeysWithValues: framework.questions.map { question in
                switch question.answerType {
                case .percentage, .survey: (question.id, .number(0))
                default: (question.id, .option(question.answerType.optionCodes.last!))
                }
            })
    }
}
