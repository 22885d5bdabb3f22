import Foundation
import XCTest
@testable import ZICore

final class PlanTemplateTests: XCTestCase {
    private func framework() throws -> LKEFramework { try LKEFixtures.real() }

    private func bundled() throws -> PlanTemplate {
        try PlanTemplateLoader.bundled(for: framework())
    }

    /// The pengungkit question ids, in document order, read from the framework.
    private func pengungkitIds(_ framework: LKEFramework) throws -> [String] {
        let component = try XCTUnwrap(framework.component(withRole: .pengungkit))
        return LKENode.group(component).questions.map(\.id)
    }

    private func issues(_ template: PlanTemplate) throws -> [PlanTemplateIssue] {
        try PlanTemplateValidator.issues(in: template, against: framework())
    }

    // MARK: - The bundled template

    func testBundledTemplateLoadsAndValidates() throws {
        let template = try bundled()
        XCTAssertEqual(template.framework, LKEFixtures.realId)
        XCTAssertFalse(template.version.isEmpty)
        XCTAssertFalse(template.source.isEmpty)
        XCTAssertEqual(try issues(template), [])
    }

    func testBundledTemplateCoversEveryPengungkitQuestionInOrder() throws {
        let framework = try framework()
        let template = try bundled()
        let pengungkit = try pengungkitIds(framework)
        XCTAssertFalse(pengungkit.isEmpty)
        XCTAssertEqual(template.items.map(\.questionID), pengungkit)
        // No hasil question: every question of the framework outside pengungkit is absent.
        let hasil = Set(framework.questions.map(\.id)).subtracting(pengungkit)
        XCTAssertFalse(hasil.isEmpty)
        XCTAssertTrue(hasil.isDisjoint(with: template.items.map(\.questionID)))
        // The regulation's own order is kept where it is not alphabetical (A.I.6.v: a, c, b).
        let sixV = template.items.map(\.questionID).filter { $0.hasPrefix("A.I.6.v.") }
        XCTAssertEqual(sixV, ["A.I.6.v.a", "A.I.6.v.c", "A.I.6.v.b"])
    }

    func testBundledTemplateKeepsToItsShape() throws {
        for item in try bundled().items {
            XCTAssertTrue((1...3).contains(item.actions.count), "\(item.questionID): \(item.actions.count) actions")
            for action in item.actions {
                XCTAssertTrue((1...4).contains(action.buktiFisik.count), "\(item.questionID): \(action.buktiFisik.count) bukti fisik")
                XCTAssertNil(
                    action.targetWaktu.range(of: #"\b(19|20|21)\d\d\b"#, options: .regularExpression),
                    "\(item.questionID): \(action.targetWaktu) names a year")
            }
        }
    }

    func testBundledTargetWaktuForA2026PlanParsesToDueDatesIn2026() throws {
        let template = try bundled()
        for item in template.items {
            for action in item.actions {
                let stored = template.targetWaktu(action, year: 2026)
                XCTAssertNotEqual(stored, action.targetWaktu, "\(item.questionID): the year was not added")
                // The stored text carries its year: a different default year changes nothing.
                let schedule = PeriodParser.parse(stored, defaultYear: 2019)
                XCTAssertFalse(schedule.needsScheduling, "\(item.questionID): \(stored)")
                XCTAssertFalse(schedule.dueDates.isEmpty, "\(item.questionID): \(stored)")
                XCTAssertTrue(schedule.dueDates.allSatisfy { $0.year == 2026 }, "\(item.questionID): \(stored) → \(schedule.dueDates)")
                XCTAssertEqual(schedule.dueDates, PeriodParser.parse(action.targetWaktu, defaultYear: 2026).dueDates, stored)
            }
        }
    }

    func testBundledTemplateUsesTheSeedPhrasing() throws {
        let item = try XCTUnwrap(try bundled().item(for: "A.I.1.i.a"))
        XCTAssertEqual(item.actions.first?.langkahAksi, "Menyusun dan menetapkan SK Tim Kerja Pembangunan ZI")
        XCTAssertEqual(item.actions.first?.buktiFisik, ["SK Tim Kerja Pembangunan ZI", "Notulen rapat pembentukan tim", "Daftar hadir"])
        XCTAssertEqual(item.actions.first?.targetWaktu, "Januari")
    }

    // MARK: - targetWaktu for a plan year

    func testTargetWaktuAddsThePlanYearNaturally() {
        let cases: [(String, String)] = [
            ("Januari", "Januari 2026"),
            ("Januari s/d Desember", "Januari s/d Desember 2026"),
            ("Maret, Juni, September, Desember", "Maret, Juni, September, Desember 2026"),
            ("Juni dan Desember", "Juni dan Desember 2026"),
            ("Triwulan I", "Triwulan I 2026"),
            ("Akhir tahun", "Akhir tahun 2026"),
            ("Sepanjang tahun", "Sepanjang tahun 2026"),
            ("Setiap triwulan", "Setiap triwulan tahun 2026"),
            ("Setiap bulan", "Setiap bulan tahun 2026"),
            ("Januari, setiap bulan", "Januari, setiap bulan tahun 2026"),
            ("Setiap bulan, Desember", "Setiap bulan, Desember 2026"),
            ("Januari s/d Desember (rutin)", "Januari s/d Desember 2026 (rutin)"),
            ("  Februari ", "Februari 2026"),
            // Already dated, or unreadable: kept as written (trimmed).
            ("Januari 2025", "Januari 2025"),
            ("setiap ada pertemuan", "setiap ada pertemuan"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(PlanTemplate.targetWaktu(text, year: 2026), expected, text)
        }
    }

    func testTargetWaktuKeepsTheMeaningOfTheYearlessText() {
        for text in [
            "Januari", "Setiap triwulan", "Maret, Juni, September, Desember", "Setiap bulan, Desember",
            "Januari s/d Desember (rutin)", "Semester I dan II", "Oktober s/d Februari",
        ] {
            let stored = PlanTemplate.targetWaktu(text, year: 2026)
            XCTAssertEqual(
                PeriodParser.parse(stored, defaultYear: 2000).dueDates,
                PeriodParser.parse(text, defaultYear: 2026).dueDates, "\(text) → \(stored)")
        }
    }

    // MARK: - Area lookup

    func testAreaNumberComesFromTheFramework() throws {
        let framework = try framework()
        XCTAssertEqual(PlanTemplate.areaNumber(of: "A.I.1.i.a", in: framework), 1)
        XCTAssertEqual(PlanTemplate.areaNumber(of: "A.I.6.v.c", in: framework), 6)
        XCTAssertEqual(PlanTemplate.areaNumber(of: "A.II.5.iii.ii.a", in: framework), 5)
        XCTAssertNil(PlanTemplate.areaNumber(of: "B.I.a", in: framework))
        XCTAssertNil(PlanTemplate.areaNumber(of: "A.I.9.z", in: framework))
        for item in try bundled().items {
            XCTAssertNotNil(PlanTemplate.areaNumber(of: item.questionID, in: framework), item.questionID)
        }
    }

    // MARK: - The validator rejects, naming the item and the field

    func testRejectsAnUnknownQuestion() throws {
        var template = try bundled()
        template.items.append(.init(questionID: "A.I.9.z.a", indikator: "x", actions: [Self.action()]))
        template.items.append(.init(questionID: "A.I.1.i", indikator: "a group, not a question", actions: [Self.action()]))
        XCTAssertEqual(try issues(template), [.unknownQuestion(item: "A.I.9.z.a"), .unknownQuestion(item: "A.I.1.i")])
    }

    func testRejectsAHasilQuestion() throws {
        var template = try bundled()
        template.items.append(.init(questionID: "B.I.a", indikator: "IPAK", actions: [Self.action()]))
        XCTAssertEqual(try issues(template), [.notPengungkit(item: "B.I.a")])
    }

    func testRejectsADuplicate() throws {
        var template = try bundled()
        template.items.insert(template.items[0], at: 1)
        XCTAssertEqual(try issues(template), [.duplicateItem("A.I.1.i.a")])
    }

    func testRejectsMissingCoverage() throws {
        var template = try bundled()
        let removed = template.items.remove(at: 5)
        template.items.removeLast()
        let last = try XCTUnwrap(pengungkitIds(framework()).last)
        XCTAssertEqual(try issues(template), [.missingItem(question: removed.questionID), .missingItem(question: last)])
    }

    func testRejectsTheWrongOrder() throws {
        var template = try bundled()
        template.items.swapAt(0, 1)
        XCTAssertEqual(try issues(template), [.outOfOrder(item: "A.I.1.i.a", after: "A.I.1.i.b")])
    }

    func testRejectsEmptyTexts() throws {
        var template = try bundled()
        template.items[0].actions[0].langkahAksi = "  "
        template.items[0].actions[1].buktiFisik[1] = ""
        template.items[1].indikator = "\n"
        XCTAssertEqual(
            try issues(template),
            [
                .emptyText(item: "A.I.1.i.a", field: "actions[0].langkahAksi"),
                .emptyText(item: "A.I.1.i.a", field: "actions[1].buktiFisik[1]"),
                .emptyText(item: "A.I.1.i.b", field: "indikator"),
            ])
    }

    func testRejectsMissingActionsAndBuktiFisik() throws {
        var template = try bundled()
        template.items[0].actions = []
        template.items[1].actions[1].buktiFisik = []
        XCTAssertEqual(try issues(template), [.noActions(item: "A.I.1.i.a"), .noBuktiFisik(item: "A.I.1.i.b", action: 1)])
    }

    func testRejectsTooLongTexts() throws {
        var template = try bundled()
        template.items[2].actions[0].buktiFisik[0] = String(repeating: "a", count: PlanTemplateValidator.maxTextLength + 1)
        template.items[3].indikator = String(repeating: "b", count: PlanTemplateValidator.maxTextLength)
        XCTAssertEqual(
            try issues(template),
            [
                .textTooLong(item: "A.I.1.ii.a", field: "actions[0].buktiFisik[0]", length: PlanTemplateValidator.maxTextLength + 1)
            ])
    }

    func testRejectsAnUnparseableTargetWaktu() throws {
        var template = try bundled()
        template.items[0].actions[1].targetWaktu = "Januari, setiap ada pertemuan"
        XCTAssertEqual(
            try issues(template),
            [
                .targetWaktuUnreadable(
                    item: "A.I.1.i.a", action: 1, text: "Januari, setiap ada pertemuan", unparsed: ["setiap ada pertemuan"])
            ])
    }

    func testRejectsATargetWaktuWithAYear() throws {
        var template = try bundled()
        template.items[0].actions[0].targetWaktu = "Januari 2025"
        template.items[1].actions[0].targetWaktu = "Setiap bulan, Desember 2025"
        XCTAssertEqual(
            try issues(template),
            [
                .targetWaktuNamesYear(item: "A.I.1.i.a", action: 0, text: "Januari 2025"),
                .targetWaktuNamesYear(item: "A.I.1.i.b", action: 0, text: "Setiap bulan, Desember 2025"),
            ])
    }

    func testRejectsTheWrongFrameworkAndEmptyMetadata() throws {
        var template = try bundled()
        template.framework = "permenpanrb-52-2014"
        template.source = " "
        XCTAssertEqual(
            try issues(template),
            [
                .emptyField("source"), .frameworkMismatch(template: "permenpanrb-52-2014", framework: LKEFixtures.realId),
            ])
    }

    func testValidateThrowsWithMessagesNamingItemAndField() throws {
        var template = try bundled()
        template.items[0].actions[0].langkahAksi = ""
        template.items[4].actions[0].targetWaktu = "menyesuaikan"
        XCTAssertThrowsError(try PlanTemplateValidator.validate(template, against: framework(), source: "x.json")) { error in
            guard case .invalid(let source, let issues)? = error as? PlanTemplateError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(source, "x.json")
            XCTAssertEqual(issues.count, 2)
            let message = "\(error)"
            XCTAssertTrue(message.contains("invalid plan template x.json (2 problems)"), message)
            XCTAssertTrue(message.contains("A.I.1.i.a, actions[0].langkahAksi: empty text"), message)
            XCTAssertTrue(message.contains("A.I.1.ii.c, actions[0].targetWaktu: \"menyesuaikan\" cannot be scheduled"), message)
        }
    }

    // MARK: - Loader

    func testLoaderReportsMalformedJSONWithItsPath() throws {
        let json =
            #"{"framework": "permenpanrb-90-2021", "version": "1", "source": "s", "items": [{"questionID": "A.I.1.i.a", "indikator": "x"}]}"#
        XCTAssertThrowsError(try PlanTemplateLoader.load(data: Data(json.utf8), source: "bad.json", for: framework())) { error in
            XCTAssertEqual(error as? PlanTemplateError, .malformed(source: "bad.json", reason: "items[0]: missing key \"actions\""))
        }
    }

    func testLoaderValidatesWhatItReads() throws {
        var template = try bundled()
        template.items.removeFirst()
        let data = try JSONEncoder().encode(template)
        XCTAssertThrowsError(try PlanTemplateLoader.load(data: data, source: "short.json", for: framework())) { error in
            XCTAssertEqual(error as? PlanTemplateError, .invalid(source: "short.json", issues: [.missingItem(question: "A.I.1.i.a")]))
        }
    }

    func testNoBundledTemplateForAnotherFramework() throws {
        var other = try framework()
        other.id = "permenpanrb-52-2014"
        XCTAssertThrowsError(try PlanTemplateLoader.bundled(for: other)) { error in
            XCTAssertEqual(error as? PlanTemplateError, .missing(framework: "permenpanrb-52-2014"))
        }
    }

    private static func action() -> PlanTemplate.Action {
        .init(langkahAksi: "Menyusun laporan", buktiFisik: ["Laporan"], targetWaktu: "Desember")
    }
}
