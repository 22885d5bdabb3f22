import Foundation
import XCTest
@testable import ZICore

/// Loading and checking the gratification rule periods, bundled and edited by a unit.
final class GratificationRuleBookTests: XCTestCase {
    private typealias F = GratificationFixtures

    func testBundledPeriodsFollowEachOtherAndThe2026RulesAreMarkedForVerification() throws {
        let rules = try GratificationRuleBook.bundled()
        XCTAssertEqual(rules.periods.map(\.id), ["perkpk-2-2019", "perkpk-1-2026"])
        let (old, new) = (rules.periods[0], rules.periods[1])
        XCTAssertNil(old.validFrom)
        XCTAssertEqual(old.validUntil, F.date(2026, 1, 19))
        XCTAssertFalse(old.needsVerification)
        XCTAssertEqual([old.missingDocumentsWorkingDays, old.lateReportWorkingDays], [30, nil])
        XCTAssertEqual(new.validFrom, F.date(2026, 1, 20), "Peraturan KPK 1/2026 took effect on 20 January 2026")
        XCTAssertNil(new.validUntil)
        XCTAssertTrue(new.needsVerification, "amounts as reported, not read from the regulation's text")
        XCTAssertEqual([new.missingDocumentsWorkingDays, new.lateReportWorkingDays], [20, 30])
        XCTAssertNil(new.category(id: "rekan-kerja-acara"), "the farewell category is removed")
        XCTAssertEqual(new.categories.count, 16)
        XCTAssertEqual(new.category(id: "pernikahan-upacara")?.maxValuePerGift, 1_500_000)
        let colleagues2026 = try XCTUnwrap(new.category(id: "rekan-kerja"))
        XCTAssertEqual([colleagues2026.maxValuePerGift, colleagues2026.maxValuePerGiverPerYear], [500_000, 1_500_000])
        XCTAssertEqual(new.category(id: "musibah")?.maxValuePerGift, 1_000_000)
        XCTAssertEqual(old.categories.count, 17, "Pasal 2 ayat (3) huruf a–q")
        XCTAssertEqual(old.categories.map { $0.clause.last }, Array("abcdefghijklmnopq"))
        XCTAssertEqual(old.category(id: "pernikahan-upacara")?.maxValuePerGift, 1_000_000)
        XCTAssertEqual(old.category(id: "musibah")?.maxValuePerGift, 1_000_000)
        let colleagues = try XCTUnwrap(old.category(id: "rekan-kerja"))
        XCTAssertEqual([colleagues.maxValuePerGift, colleagues.maxValuePerGiverPerYear], [200_000, 1_000_000])
        XCTAssertTrue(colleagues.excludesMoney)
        XCTAssertEqual(colleagues.relations, [.rekanKerja])
    }

    func testPeriodOnADate() throws {
        let rules = try GratificationRuleBook(periods: [
            F.period("kedua", from: F.date(2026, 1, 1), until: F.date(2026, 12, 31)),
            F.period("pertama", from: nil, until: F.date(2025, 12, 31)),
        ])
        XCTAssertEqual(rules.periods.map(\.id), ["pertama", "kedua"], "ordered by first day")
        XCTAssertEqual(rules.period(on: F.date(2019, 1, 1))?.id, "pertama")
        XCTAssertEqual(rules.period(on: F.date(2026, 12, 31))?.id, "kedua")
        XCTAssertNil(rules.period(on: F.date(2027, 1, 1)))
    }

    func testValidatorReportsEveryProblem() {
        let issues = GratificationRuleValidator.issues(in: [
            F.period(
                "a", from: nil, until: F.date(2025, 12, 31),
                categories: [
                    F.category("x", perGift: 0), F.category("x", perGift: 500, perYear: 100), F.category("y", relations: []),
                ]),
            F.period("b", from: F.date(2025, 12, 31), until: F.date(2025, 1, 1), categories: []),
            F.period("a", from: F.date(2025, 6, 1), until: nil),
        ])
        XCTAssertEqual(
            issues,
            [
                .nonPositiveLimit(period: "a", category: "x", field: "maxValuePerGift", value: 0),
                .duplicateCategory(period: "a", category: "x"),
                .giftLimitAboveYearlyLimit(period: "a", category: "x"),
                .emptyRelations(period: "a", category: "y"),
                .noCategories(period: "b"),
                .reversedValidity(period: "b"),
                .duplicatePeriod("a"),
                .overlappingPeriods("a", "a"),
            ])
        XCTAssertEqual(
            GratificationRuleIssue.overlappingPeriods("a", "c").description,
            "periode a dan c bertumpang tindih; atur validFrom/validUntil agar setiap tanggal hanya masuk satu periode")
        XCTAssertThrowsError(
            try GratificationRuleBook(periods: [F.period("a", from: nil, until: nil), F.period("b", from: nil, until: nil)])
        ) {
            XCTAssertEqual($0 as? GratificationRuleError, .invalid(issues: [.overlappingPeriods("a", "b")]))
        }
    }

    func testMalformedFileNamesThePlace() {
        let json =
            #"{"id": "x", "source": "s", "validFrom": null, "validUntil": null, "needsVerification": false, "note": null,"#
            + #""categories": [{"id": "c", "clause": "k", "label": "l", "description": "d", "maxValuePerGift": null,"#
            + #""maxValuePerGiverPerYear": null, "excludesMoney": false, "requiresNoConflictOfInterest": false,"#
            + #""relations": ["atasan"], "conditions": []}]}"#
        XCTAssertThrowsError(try GratificationRuleBook.period(data: Data(json.utf8), source: "ubah.json")) { error in
            guard case .malformed(let source, let reason)? = error as? GratificationRuleError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "ubah.json")
            XCTAssertTrue(reason.hasPrefix("categories[0].relations[0]"), reason)
        }
    }

    func testAUnitsEditedCopyIsLoadedFromItsDirectory() throws {
        let bundled = try GratificationRuleBook.bundled()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("upg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let verified = GratificationRulePeriod(
            id: "kpk-2026", source: "Peraturan KPK yang berlaku sejak 2026 (diverifikasi UPG)", validFrom: F.date(2026, 1, 20),
            validUntil: nil, needsVerification: false, note: nil,
            categories: bundled.periods[1].categories.filter { $0.id != "rekan-kerja" } + [
                F.category("rekan-kerja", perGift: 250_000, perYear: 1_000_000)
            ])
        try JSONEncoder().encode(bundled.periods[0]).write(to: directory.appendingPathComponent("perkpk-2-2019.json"))
        try JSONEncoder().encode(verified).write(to: directory.appendingPathComponent("kpk-2026.json"))

        let rules = try GratificationRuleBook(directory: directory)
        let gift = F.gift("rekan-kerja", value: 250_000, relation: .rekanKerja, form: .barang, date: F.date(2026, 3, 2))
        let decision = GratificationExemption.decide(gift, rules: rules, names: LocaleNames.indonesian)
        XCTAssertFalse(decision.mustReport)
        XCTAssertFalse(decision.needsVerification)
        XCTAssertEqual(decision.periodID, "kpk-2026")
    }
}
