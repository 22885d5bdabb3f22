import XCTest
@testable import ZICore

/// Whether a gift must be reported, under the bundled rules of Peraturan KPK 2/2019 and the 2026 copy.
final class GratificationExemptionTests: XCTestCase {
    private typealias F = GratificationFixtures
    private var rules: GratificationRuleBook!

    override func setUpWithError() throws {
        rules = try GratificationRuleBook.bundled()
    }

    private func decide(_ gift: GiftDescription) -> GratificationDecision {
        GratificationExemption.decide(gift, rules: rules, names: LocaleNames.indonesian)
    }

    func testWeddingGiftUpToOneMillionPerGiverIsExempt() {
        let atLimit = decide(F.gift("pernikahan-upacara", value: 1_000_000))
        XCTAssertFalse(atLimit.mustReport)
        XCTAssertEqual(atLimit.periodID, "perkpk-2-2019")
        XCTAssertEqual(atLimit.categoryID, "pernikahan-upacara")
        XCTAssertFalse(atLimit.needsVerification)
        XCTAssertEqual(
            atLimit.reasons,
            [
                "Tidak wajib dilaporkan: Pemberian terkait pernikahan, kelahiran atau upacara adat/agama (Pasal 2 ayat (3) huruf l, "
                    + "Peraturan KPK Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi); nilai Rp1.000.000 tidak melebihi batas Rp1.000.000 per pemberian."
            ])

        let above = decide(F.gift("pernikahan-upacara", value: 1_000_001))
        XCTAssertTrue(above.mustReport)
        XCTAssertEqual(
            above.reasons,
            [
                "Nilai Rp1.000.001 melebihi batas Rp1.000.000 per pemberian.",
                "Karena itu pemberian ini wajib dilaporkan kepada UPG.",
            ])
    }

    func testColleagueGiftsCountAgainstTheYearlyLimitFromTheSameGiver() {
        let withinYear = decide(F.gift("rekan-kerja", value: 150_000, relation: .rekanKerja, form: .barang, earlier: 850_000))
        XCTAssertFalse(withinYear.mustReport, "850.000 + 150.000 = 1.000.000 is still within the limit")
        XCTAssertEqual(
            withinYear.reasons.first?.hasSuffix(
                "nilai Rp150.000 tidak melebihi batas Rp200.000 per pemberian dan batas Rp1.000.000 per pemberi per tahun, dengan syarat tidak terkait kedinasan."
            ),
            true, withinYear.reasons.first ?? "")

        let overYear = decide(F.gift("rekan-kerja", value: 150_000, relation: .rekanKerja, form: .barang, earlier: 900_000))
        XCTAssertTrue(overYear.mustReport)
        XCTAssertEqual(
            overYear.reasons.first,
            "Bersama pemberian sebelumnya dari pemberi yang sama tahun ini (Rp900.000), jumlahnya Rp1.050.000 melebihi batas Rp1.000.000 per tahun."
        )

        XCTAssertTrue(decide(F.gift("rekan-kerja", value: 200_001, relation: .rekanKerja, form: .barang)).mustReport)
        XCTAssertFalse(decide(F.gift("rekan-kerja-acara", value: 300_000, relation: .rekanKerja, form: .barang)).mustReport)
        XCTAssertTrue(decide(F.gift("rekan-kerja-acara", value: 300_001, relation: .rekanKerja, form: .barang)).mustReport)
    }

    func testEveryBrokenLimitIsNamed() {
        let decision = decide(F.gift("rekan-kerja", value: 100_000, relation: .teman, form: .uang))
        XCTAssertTrue(decision.mustReport)
        XCTAssertEqual(
            decision.reasons,
            [
                "Kategori “Pemberian sesama rekan kerja yang tidak terkait kedinasan” hanya berlaku untuk pemberian dari rekan kerja; pemberi tercatat sebagai teman/kenalan.",
                "Kategori “Pemberian sesama rekan kerja yang tidak terkait kedinasan” tidak berlaku untuk pemberian berupa uang atau alat tukar lainnya (tercatat: uang).",
                "Karena itu pemberian ini wajib dilaporkan kepada UPG.",
            ])
    }

    func testConflictOfInterestDeclaredOrImpliedByTheGiver() {
        XCTAssertFalse(decide(F.gift("keluarga", value: 5_000_000, relation: .keluarga)).mustReport, "family gifts have no value limit")
        XCTAssertTrue(decide(F.gift("keluarga", value: 5_000_000, relation: .keluarga, conflictOfInterest: true)).mustReport)
        XCTAssertTrue(decide(F.gift("alat-promosi", value: 50_000, relation: .pihakBerkepentingan, form: .barang)).mustReport)
        XCTAssertFalse(decide(F.gift("alat-promosi", value: 50_000, relation: .mitraKedinasan, form: .barang)).mustReport)
        XCTAssertFalse(
            decide(F.gift("pernikahan-upacara", value: 500_000, relation: .pihakBerkepentingan)).mustReport,
            "huruf l names no conflict-of-interest condition")
    }

    func testRefusalsGiftsWithoutCategoryAndUnknownCategoriesAreReported() {
        let refused = decide(F.gift("hidangan", value: 10_000, kind: .ditolak))
        XCTAssertTrue(refused.mustReport)
        XCTAssertNil(refused.periodID)

        let none = decide(F.gift(nil, value: 10_000))
        XCTAssertTrue(none.mustReport)
        XCTAssertEqual(none.periodID, "perkpk-2-2019")
        XCTAssertNil(none.categoryID)

        let unknown = decide(F.gift("parsel-lebaran", value: 10_000))
        XCTAssertTrue(unknown.mustReport)
        XCTAssertEqual(
            unknown.reasons,
            ["Kategori “parsel-lebaran” tidak ada dalam aturan periode perkpk-2-2019; pilih kategori yang sesuai atau laporkan kepada UPG."]
        )
    }

    func testThePeriodIsChosenByTheDateOfTheGift() {
        let lastDay = decide(F.gift("pernikahan-upacara", value: 500_000, date: F.date(2026, 1, 19)))
        XCTAssertEqual(lastDay.periodID, "perkpk-2-2019", "Peraturan KPK 2/2019 until 19 January 2026")
        XCTAssertEqual(lastDay.reasons.count, 1)

        let firstDay = decide(F.gift("pernikahan-upacara", value: 500_000, date: F.date(2026, 1, 20)))
        XCTAssertFalse(firstDay.mustReport)
        XCTAssertEqual(firstDay.periodID, "perkpk-1-2026")
        XCTAssertTrue(firstDay.needsVerification)
        XCTAssertEqual(firstDay.reasons.count, 2)
        XCTAssertTrue(
            firstDay.reasons[1].hasPrefix("Aturan periode perkpk-1-2026 perlu diverifikasi oleh UPG: SIZI tidak memiliki salinan teks"),
            firstDay.reasons[1])

        XCTAssertTrue(
            decide(F.gift("pernikahan-upacara", value: 1_600_000, date: F.date(2026, 1, 20))).needsVerification,
            "a gift to report under unverified rules says so too")
    }

    func testPeraturanKPK1Of2026ChangesTheLimitsFrom20January2026() {
        // A Rp1.2 million wedding gift: reportable in December 2025, not in February 2026.
        let wedding2025 = decide(F.gift("pernikahan-upacara", value: 1_200_000, date: F.date(2025, 12, 1)))
        XCTAssertTrue(wedding2025.mustReport)
        XCTAssertEqual(wedding2025.periodID, "perkpk-2-2019")
        let wedding2026 = decide(F.gift("pernikahan-upacara", value: 1_200_000, date: F.date(2026, 2, 2)))
        XCTAssertFalse(wedding2026.mustReport)
        XCTAssertEqual(wedding2026.periodID, "perkpk-1-2026")
        // Rp400 thousand from a colleague: above 2019's Rp200 thousand, within 2026's Rp500 thousand.
        XCTAssertTrue(
            decide(F.gift("rekan-kerja", value: 400_000, relation: .rekanKerja, form: .barang, date: F.date(2025, 12, 1))).mustReport)
        XCTAssertFalse(
            decide(F.gift("rekan-kerja", value: 400_000, relation: .rekanKerja, form: .barang, date: F.date(2026, 2, 2))).mustReport)
        // The farewell category no longer exists: such a gift is to be reported unless another category fits.
        XCTAssertFalse(
            decide(F.gift("rekan-kerja-acara", value: 250_000, relation: .rekanKerja, form: .barang, date: F.date(2025, 12, 1))).mustReport)
        XCTAssertTrue(
            decide(F.gift("rekan-kerja-acara", value: 250_000, relation: .rekanKerja, form: .barang, date: F.date(2026, 2, 2))).mustReport)
    }

    func testAReportLaterThan30WorkingDaysMayBecomeStatePropertyFrom2026() throws {
        let rules = try GratificationRuleBook.bundled()
        let calendar = WorkingCalendar(holidays: [])
        let new = try XCTUnwrap(rules.period(on: F.date(2026, 2, 2)))
        // Monday 2 February to Tuesday 17 March 2026: 31 working days (no holidays in this calendar).
        XCTAssertEqual(new.lateness(receivedOn: F.date(2026, 2, 2), reportedOn: F.date(2026, 3, 17), calendar: calendar), 31)
        XCTAssertNil(new.lateness(receivedOn: F.date(2026, 2, 2), reportedOn: F.date(2026, 3, 16), calendar: calendar))
        let old = try XCTUnwrap(rules.period(on: F.date(2025, 2, 3)))
        XCTAssertNil(old.lateness(receivedOn: F.date(2025, 2, 3), reportedOn: F.date(2025, 12, 1), calendar: calendar))
    }

    func testNoPeriodMeansReport() throws {
        let from2026Only = try GratificationRuleBook(periods: [F.period("baru", from: F.date(2026, 1, 1), until: nil)])
        let decision = GratificationExemption.decide(F.gift("hidangan", value: 1_000), rules: from2026Only, names: LocaleNames.indonesian)
        XCTAssertTrue(decision.mustReport)
        XCTAssertEqual(
            decision.reasons, ["Tidak ada aturan pengecualian yang berlaku pada 14 Juni 2025; laporkan gratifikasi ini kepada UPG."])
    }
}
