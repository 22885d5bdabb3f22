import XCTest
import ZICore

/// Every value people see by name has a name in both languages, and a period reads as people write it.
final class LabelNamesTests: XCTestCase {
    private let labelled: [(String, [String])] = [
        ("ComplaintStatus", ComplaintStatus.labelKeys), ("ComplaintKind", ComplaintKind.labelKeys),
        ("ComplaintChannel", ComplaintChannel.labelKeys), ("DeadlineStatus", DeadlineStatus.labelKeys),
        ("NIP.Sex", NIP.Sex.labelKeys), ("GratificationForm", GratificationForm.labelKeys),
        ("GratificationStage", GratificationStage.labelKeys), ("GiverRelation", GiverRelation.labelKeys),
        ("GratificationReportKind", GratificationReportKind.labelKeys), ("FollowUpStatus", FollowUpStatus.labelKeys),
        ("ActionStatus", ActionStatus.labelKeys), ("MonitoringCadence", MonitoringCadence.labelKeys),
        ("IntegrityRegister", IntegrityRegister.labelKeys), ("KnowledgeSource", KnowledgeSource.labelKeys),
        ("WhistleblowingStatus", WhistleblowingStatus.labelKeys), ("EvidenceKind", EvidenceKind.labelKeys),
        ("EvidenceReviewStatus", EvidenceReviewStatus.labelKeys), ("SKMGrade", SKMGrade.labelKeys),
        ("ProposalEligibility.Gap", ProposalEligibility.Gap.labelKeys), ("PerceptionIndex", PerceptionIndex.labelKeys),
        ("HolidayKind", HolidayKind.labelKeys), ("AssetReportKind", AssetReportKind.labelKeys),
        ("ComplaintTrack", ComplaintTrack.labelKeys), ("ReminderKind", ReminderKind.labelKeys),
        ("ReminderEmailMode", ReminderEmailMode.labelKeys), ("UnitServiceType", UnitServiceType.labelKeys),
        ("periods", LabelNames.periodKeys),
    ]

    func testEveryValueHasANameInBothLanguages() {
        for (type, keys) in labelled {
            for key in keys {
                let indonesian = LocaleNames.indonesian(key: key)
                let english = LocaleNames.english(key: key)
                XCTAssertNotEqual(indonesian, key, "\(type): no Indonesian name for \(key)")
                XCTAssertNotEqual(english, key, "\(type): no English name for \(key)")
            }
        }
    }

    func testNamesFollowTheLanguage() {
        XCTAssertEqual(LocaleNames.indonesian(ComplaintStatus.diterima), "Diterima")
        XCTAssertEqual(LocaleNames.english(ComplaintStatus.diterima), "Received")
        XCTAssertEqual(LocaleNames.english(ComplaintStatus.self, raw: "selesai"), "Resolved")
        XCTAssertEqual(LocaleNames.english(ComplaintStatus.self, raw: "unknown-status"), "unknown-status")
    }

    func testPeriodsAreNamedByMonthOrOrdinal() throws {
        let march = try XCTUnwrap(MonitoringPeriod(key: "2026-M03"))
        let quarter = try XCTUnwrap(MonitoringPeriod(key: "2026-Q4"))
        let half = try XCTUnwrap(MonitoringPeriod(key: "2026-S1"))
        XCTAssertEqual([march, quarter, half].map { LocaleNames.indonesian($0) }, ["Maret 2026", "Triwulan IV 2026", "Semester I 2026"])
        XCTAssertEqual([march, quarter, half].map { LocaleNames.english($0) }, ["March 2026", "Quarter IV 2026", "Half-year I 2026"])
    }
}
