import Fluent
import Vapor
import XCTest
@testable import ZIServer

/// The maklumat and standar pelayanan a unit publishes: its texts as safe rich text and its
/// PDFs, uploaded by those who run its public services and read by anyone.
final class PublicDocumentTests: XCTestCase {
    func testAUnitPublishesItsMaklumatAsTextAndPDF() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let texts = try await client.send(
                .POST, "/units/\(unit)/survey/public-profile",
                form: [
                    "_csrf": csrf, "maklumat": "Kami sanggup:\n1. Melayani sesuai standar;\n2. Menolak <script>alert(1)</script> imbalan.",
                    "standar": "",
                ], cookies: cookies)
            XCTAssertEqual(texts.status, .seeOther)

            let png = try await client.send(
                .POST, "/units/\(unit)/survey/documents",
                multipart: [
                    "_csrf": .text(csrf), "kind": .text("maklumat"), "document": .file("maklumat.png", EvidenceWebTests.png),
                ], cookies: cookies)
            XCTAssertEqual(png.status, .unsupportedMediaType, "a PNG named .png is refused as not a PDF")
            XCTAssertTrue(png.body.contains("maklumat.png bukan PDF"), png.body)
            let noDocuments = try await PublicDocument.query(on: app.db).count()
            XCTAssertEqual(noDocuments, 0)

            let uploaded = try await client.send(
                .POST, "/units/\(unit)/survey/documents",
                multipart: [
                    "_csrf": .text(csrf), "kind": .text("maklumat"), "document": .file("Maklumat 2026 ttd.pdf", EvidenceAPITests.pdf),
                ], cookies: cookies)
            XCTAssertEqual(uploaded.status, .seeOther, uploaded.body)
            let page = try await client.send(.GET, "/publik/\(unit)")
            XCTAssertTrue(page.body.contains("<span class=\"marker\">1.</span><span class=\"item\">Melayani sesuai standar;</span>"))
            XCTAssertTrue(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.body.contains("<script>alert"))
            XCTAssertTrue(page.body.contains("/publik/\(unit)/maklumat-pelayanan.pdf"))
            XCTAssertFalse(page.body.contains("standar-pelayanan.pdf"), "nothing published, no link")
            let pdf = try await client.send(.GET, "/publik/\(unit)/maklumat-pelayanan.pdf")
            XCTAssertEqual(pdf.status, .ok)
            XCTAssertEqual(pdf.bytes, EvidenceAPITests.pdf)
            XCTAssertEqual(pdf.headers.first(name: .contentType), "application/pdf")
            XCTAssertTrue(pdf.headers.first(name: "Content-Disposition")?.hasPrefix("inline") == true)
            let none = try await client.send(.GET, "/publik/\(unit)/standar-pelayanan.pdf")
            XCTAssertEqual(none.status, .notFound)

            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(
                .PUT, "/api/v1/units/\(unit)/public-documents/standar?fileName=standar.pdf", token: pegawai,
                bytes: EvidenceAPITests.pdf)
            XCTAssertEqual(refused.status, .forbidden)
            let outsider = try await client.login("anggotab", Fixture.password)
            let otherUnit = try await client.send(.DELETE, "/api/v1/units/\(unit)/public-documents/maklumat", token: outsider)
            XCTAssertEqual(otherUnit.status, .forbidden)
            let token = try await client.login("anggota", Fixture.password)
            let standar = try await client.send(
                .PUT, "/api/v1/units/\(unit)/public-documents/standar?fileName=standar.pdf", token: token,
                bytes: EvidenceAPITests.pdf)
            XCTAssertEqual(standar.status, .noContent)
            let unknown = try await client.send(
                .PUT, "/api/v1/units/\(unit)/public-documents/sop?fileName=sop.pdf", token: token,
                bytes: EvidenceAPITests.pdf)
            XCTAssertEqual(unknown.status, .notFound)
            let removed = try await client.send(.DELETE, "/api/v1/units/\(unit)/public-documents/maklumat", token: token)
            XCTAssertEqual(removed.status, .noContent)
            let gone = try await client.send(.GET, "/publik/\(unit)/maklumat-pelayanan.pdf")
            XCTAssertEqual(gone.status, .notFound)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "public_document").count()
            XCTAssertEqual(audit, 3, "two uploads and a removal")
        }
    }
}
