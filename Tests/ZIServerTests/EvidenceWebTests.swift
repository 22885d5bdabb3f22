import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The evidence pages: several files in one streamed form, the CSRF token checked before any
/// file is kept, refusals that keep what was typed, links from a question, review and coverage.
final class EvidenceWebTests: XCTestCase {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("foto kegiatan".utf8)

    func testUploadSeveralFilesLinkReviewAndCoverage() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let assessment = try await PlanFixture.assessment(app, unit: fixture.unitA1)
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let page = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/evidence", cookies: cookies)
            XCTAssertTrue(page.body.contains("Belum ada data dukung.") && page.body.contains("multipart/form-data"))

            let noToken = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/evidence",
                multipart: [
                    "kind": .text("sk"), "file": .file("sk.pdf", EvidenceAPITests.pdf),
                ], cookies: cookies)
            XCTAssertEqual(noToken.status, .forbidden)
            let mixed = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/evidence",
                multipart: [
                    "_csrf": .text(csrf), "tags": .text("triwulan i"), "kind": .text("foto"),
                    "file": .file("foto.png", Self.png), "file": .file("alat.exe", Array("MZ\u{90}".utf8)),
                ], cookies: cookies)
            XCTAssertEqual(mixed.status, .unsupportedMediaType)
            XCTAssertTrue(
                mixed.body.contains("alat.exe") && mixed.body.contains("triwulan i"), "the refusal names the file and keeps the form")
            var stored = try await app.evidence.store.hashes()
            XCTAssertEqual(stored, [], "if one file is refused, none is kept")

            let both = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/evidence",
                multipart: [
                    "_csrf": .text(csrf), "title": .text(""), "kind": .text("notulen"),
                    "file": .file("Notulen Rapat.pdf", EvidenceAPITests.pdf), "file": .file("foto.png", Self.png),
                ], cookies: cookies)
            XCTAssertEqual(both.status, .seeOther, both.body)
            let titles = try await Evidence.query(on: app.db).sort(\.$title).all().map(\.title)
            XCTAssertEqual(titles, ["Notulen Rapat", "foto"], "titles default to the file names")
            stored = try await app.evidence.store.hashes()
            XCTAssertEqual(stored.count, 2)

            let forQuestion = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/evidence",
                multipart: [
                    "_csrf": .text(csrf), "assessmentID": .text(assessment.id!.uuidString), "questionID": .text("A.I.1.i.a"),
                    "title": .text("SK Tim"), "kind": .text("sk"), "file": .file("sk.pdf", EvidenceAPITests.pdf + Array("%x\n".utf8)),
                ], cookies: cookies)
            XCTAssertEqual(forQuestion.status, .seeOther, forQuestion.body)
            let evidencePath = try XCTUnwrap(forQuestion.location?.split(separator: "?").first.map(String.init))
            let detail = try await client.send(.GET, evidencePath, cookies: cookies)
            XCTAssertTrue(detail.body.contains("LKE A.I.1.i.a") && detail.body.contains("SHA-256"))

            let coverage = try await client.send(.GET, "/assessments/\(assessment.id!)/evidence", cookies: cookies)
            XCTAssertTrue(coverage.body.contains("1 dari 16 sudah berdata dukung"), "area 1 has one of its questions covered")
            let zip = try await client.send(.GET, "/assessments/\(assessment.id!)/evidence.zip", cookies: cookies)
            XCTAssertEqual(Array((zip.bytes ?? []).prefix(2)), [0x50, 0x4B])

            let tpi = try await client.webLogin("evaluator", Fixture.password)
            let tpiCSRF = try await client.csrfToken(cookies: tpi)
            let link = try await EvidenceLink.query(on: app.db).first()!
            let noNote = try await client.send(
                .POST, "\(evidencePath)/links/\(link.id!)/review",
                form: [
                    "_csrf": tpiCSRF, "status": "rejected",
                ], cookies: tpi)
            XCTAssertEqual(noNote.status, .unprocessableEntity)
            XCTAssertTrue(noNote.body.contains("Tuliskan catatan untuk unit"))
            let reviewed = try await client.send(
                .POST, "\(evidencePath)/links/\(link.id!)/review",
                form: [
                    "_csrf": tpiCSRF, "status": "needs_revision", "note": "Lampirkan tanda tangan",
                ], cookies: tpi)
            XCTAssertEqual(reviewed.status, .seeOther)
            let version = try await client.send(
                .POST, "\(evidencePath)/versions",
                multipart: [
                    "_csrf": .text(csrf), "file": .file("sk-ttd.pdf", EvidenceAPITests.pdf + Array("%ttd\n".utf8)),
                ], cookies: cookies)
            XCTAssertEqual(version.status, .seeOther, version.body)
            let relinked = try await EvidenceLink.find(link.id, on: app.db)
            XCTAssertEqual(relinked?.reviewStatus, "pending")
            let download = try await client.send(.GET, "\(evidencePath)/download?version=1", cookies: cookies)
            XCTAssertEqual(download.bytes, EvidenceAPITests.pdf + Array("%x\n".utf8))
            let outsider = try await client.webLogin("anggotab", Fixture.password)
            let refused = try await client.send(.GET, evidencePath, cookies: outsider)
            XCTAssertEqual(refused.status, .forbidden)
        }
    }
}
