import Foundation
import XCTest
import ZICore
@testable import ZIServer

/// Statuses, kinds and periods are named in the reader's language: pages by the ID/EN switch, the
/// API by `Accept-Language`, errors that name a status too; official documents stay Indonesian.
final class LabelLanguageTests: XCTestCase {
    func testComplaintStatusesFollowTheReadersLanguage() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1
            let form = try await client.send(.GET, SitePath.publicComplaint.path(unit.id!))
            let csrf = try XCTUnwrap(form.cookie("sizi_csrf"))
            let filed = try await client.send(
                .POST, SitePath.publicComplaint.path(unit.id!),
                form: ["_csrf": csrf, "kind": "pengaduan", "subject": "Antrean", "description": "Antrean terlalu lama."],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(filed.status, .created, filed.body)
            let stored = try await Complaint.query(on: app.db).first()
            let complaint = try XCTUnwrap(stored)
            let token = try await client.login("anggota", Fixture.password)

            let path = SitePath.complaint.apiPath(complaint.id!)
            let indonesian = try await client.send(.GET, path, token: token)
            let english = try await client.send(.GET, path, token: token, headers: ["Accept-Language": "en"])
            XCTAssertTrue(indonesian.body.contains(#""statusLabel":"Diterima""#), indonesian.body)
            XCTAssertTrue(english.body.contains(#""statusLabel":"Received""#), english.body)

            let refused = try await client.send(
                .POST, SitePath.complaintMove.apiPath(complaint.id!), token: token, json: ["status": "selesai"],
                headers: ["Accept-Language": "en"])
            XCTAssertEqual(refused.errorCode, "complaint_step_not_allowed")
            XCTAssertTrue(refused.body.contains("A complaint that is Received cannot move to Resolved."), refused.body)

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let list = SitePath.unitComplaints.path(unit.id!)
            let pageID = try await client.send(.GET, list, cookies: cookies)
            let pageEN = try await client.send(.GET, list + "?lang=en", cookies: cookies)
            XCTAssertTrue(pageID.body.contains("Diterima"))
            XCTAssertTrue(pageEN.body.contains("Received"))
            XCTAssertFalse(pageEN.body.contains(">Diterima<"), "no Indonesian status name on the English page")
        }
    }

    func testOfficialDocumentsAndStoredTextsStayIndonesian() {
        XCTAssertEqual(RequestNames.indonesian(ComplaintStatus.diterima), "Diterima")
        XCTAssertEqual(RequestNames.current(ComplaintStatus.diterima), "Diterima", "outside a request: Indonesian")
        let translations = try? Translations(
            directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/ZIServer/Resources/Locales"))
        XCTAssertEqual(translations?.names("en")(ComplaintStatus.diterima), "Received")
        XCTAssertEqual(
            translations?.text("error.wbs_transition", locale: "en", [WhistleblowingStatus.selesai.labelKey]).contains("Closed"), true)
    }
}

/// The server's own named values and the keys built from stored values (survey profile choices,
/// whistleblowing message kinds) exist in both languages.
final class BuiltLabelKeyTests: XCTestCase {
    func testKeysBuiltFromStoredValuesExist() throws {
        let translations = try Translations(
            directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/ZIServer/Resources/Locales"))
        var keys = SurveyProfile.sexes.map { "label.survey_sex.\($0)" } + SurveyProfile.occupations.map { "label.survey_occupation.\($0)" }
        keys += AssetReportGroup.labelKeys + ServiceSimplificationKind.labelKeys + ConflictType.labelKeys + GratificationStatus.labelKeys
        keys += Reminder.MailState.labelKeys + ComplaintEvent.Kind.labelKeys
        keys += ["handler", "reporter", "internal_note", "question", "answer", "additionalInformation"].map { "wbs.entry.\($0)" }
        for locale in Translations.supported {
            XCTAssertEqual(keys.filter { !translations.keys(of: locale).contains($0) }, [], locale)
        }
        XCTAssertEqual(translations.text("label.survey_occupation.Pegawai swasta", locale: "en"), "Private-sector employee")
    }
}
