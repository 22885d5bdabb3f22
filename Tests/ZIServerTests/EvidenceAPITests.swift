import Crypto
import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Evidence through the API: streamed upload with the type checked by content, download,
/// versions, links, the TPI's review, deletion and the retention rule; on SQLite and PostgreSQL,
/// with each storage backend.
final class EvidenceAPITests: XCTestCase {
    static let pdf = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)

    private func upload(
        _ client: Client, unit: WorkUnit, token: String, bytes: [UInt8], fileName: String,
        title: String = "SK Tim Kerja ZI", kind: String = "sk"
    ) async throws -> Client.Reply {
        let query = [
            "fileName": fileName, "title": title, "kind": kind, "documentNumber": "12/KPTS/2026", "documentDate": "2026-01-15",
            "tags": "Tim Kerja, sk",
        ]
        .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        return try await client.send(.POST, "/api/v1/units/\(unit.id!)/evidence?\(query)", token: token, bytes: bytes)
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    func testUploadDownloadAndVersionsOnBothBackends() async throws {
        for backend in BlobStorageKind.allCases {
            try await withApp(adjust: { $0.evidenceStorage = backend }) { app, client in
                let fixture = try await Fixture.make(app)
                try await fixture.accountsPerRole()
                let token = try await client.login("anggota", Fixture.password)
                let created = try await upload(
                    client, unit: fixture.unitA1, token: token, bytes: Self.pdf,
                    fileName: "SK Tim Kerja – 2026 (final).pdf")
                XCTAssertEqual(created.status, .created, "\(backend): \(created.body)")
                let evidence = try created.json(EvidenceDTO.self)
                XCTAssertEqual(evidence.versions.map(\.sha256), [Self.sha256(Self.pdf)])
                XCTAssertEqual(evidence.versions[0].fileName, "SK Tim Kerja – 2026 (final).pdf", "UTF-8 names are kept for display")
                XCTAssertEqual(evidence.evidence.tags, ["sk", "tim kerja"])

                let download = try await client.send(.GET, "/api/v1/evidence/\(evidence.evidence.id)/download", token: token)
                XCTAssertEqual(download.bytes, Self.pdf)
                XCTAssertEqual(download.headers.contentType?.description, "application/pdf")
                XCTAssertTrue(
                    download.headers.first(name: .contentDisposition)?.contains("filename*=UTF-8''SK%20Tim%20Kerja%20%E2%80%93") == true)
                let inline = try await client.send(.GET, "/api/v1/evidence/\(evidence.evidence.id)/download?inline=1", token: token)
                XCTAssertTrue(inline.headers.first(name: .contentDisposition)?.hasPrefix("inline") == true)

                let same = try await upload(
                    client, unit: fixture.unitA1, token: token, bytes: Self.pdf, fileName: "salinan.pdf",
                    title: "Salinan SK")
                XCTAssertEqual(same.status, .created)
                let stored = try await app.evidence.store.hashes()
                XCTAssertEqual(stored, [Self.sha256(Self.pdf)], "\(backend): identical content is stored once")

                let second = Self.pdf + Array("% revisi\n".utf8)
                let versioned = try await client.send(
                    .POST, "/api/v1/evidence/\(evidence.evidence.id)/versions?fileName=sk-revisi.pdf",
                    token: token, bytes: second)
                XCTAssertEqual(versioned.status, .created, versioned.body)
                let versions = try versioned.json(EvidenceDTO.self).versions
                XCTAssertEqual(versions.map(\.number), [1, 2])
                let first = try await client.send(.GET, "/api/v1/evidence/\(evidence.evidence.id)/download?version=1", token: token)
                XCTAssertEqual(first.bytes, Self.pdf, "old versions are kept")
                let verified = try await EvidenceAdmin.verify(app)
                XCTAssertTrue(verified.ok, verified.lines.joined(separator: "\n"))
            }
        }
    }

    func testBadFilesAreRefusedWithReasonsAndLeaveNothing() async throws {
        try await withApp(adjust: { $0.evidenceMaxBytes = 64 * 1024 }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let exe = try await upload(
                client, unit: fixture.unitA1, token: token, bytes: Array("MZ\u{90}\u{0}program".utf8), fileName: "tool.exe")
            XCTAssertEqual(exe.status, .unsupportedMediaType)
            XCTAssertEqual(exe.errorCode, "evidence_type_not_allowed")
            let disguised = try await upload(
                client, unit: fixture.unitA1, token: token,
                bytes: Array("<html><script>alert(1)</script></html>".utf8), fileName: "laporan.pdf")
            XCTAssertEqual(disguised.errorCode, "evidence_type_not_allowed", "the content decides, not the name")
            let mismatch = try await upload(client, unit: fixture.unitA1, token: token, bytes: Self.pdf, fileName: "foto.jpg")
            XCTAssertEqual(mismatch.errorCode, "evidence_extension_mismatch")
            let big = try await upload(
                client, unit: fixture.unitA1, token: token, bytes: Self.pdf + [UInt8](repeating: 32, count: 70_000),
                fileName: "besar.pdf")
            XCTAssertEqual(big.status, .payloadTooLarge)
            XCTAssertTrue(big.body.contains("0 MB") || big.body.contains("maks."), big.body)
            let empty = try await upload(client, unit: fixture.unitA1, token: token, bytes: [], fileName: "kosong.pdf")
            XCTAssertEqual(empty.errorCode, "evidence_empty")
            let noTitle = try await upload(client, unit: fixture.unitA1, token: token, bytes: Self.pdf, fileName: "a.pdf", title: "")
            XCTAssertEqual(noTitle.status, .unprocessableEntity)
            let traversal = try await upload(client, unit: fixture.unitA1, token: token, bytes: Self.pdf, fileName: "../../etc/passwd.pdf")
            XCTAssertEqual(try traversal.json(EvidenceDTO.self).versions[0].fileName, "passwd.pdf", "no directory part survives")
            let count = try await Evidence.query(on: app.db).count()
            XCTAssertEqual(count, 1, "only the good upload left a record")
            let stored = try await app.evidence.store.hashes()
            XCTAssertEqual(stored.count, 1, "refused files are not stored")
            let incoming = (try? FileManager.default.contentsOfDirectory(atPath: app.evidence.incoming.path)) ?? []
            XCTAssertEqual(incoming, [], "no temporary file is left")
        }
    }

    func testMultipartUploadThroughTheAPI() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
            let reply = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/evidence", token: token,
                multipart: [
                    "title": .text("Dokumentasi sosialisasi"), "kind": .text("foto"), "tags": .text("sosialisasi"),
                    "file": .file("foto-1.png", png), "file": .file("foto-2.png", png + [4]),
                ])
            XCTAssertEqual(reply.status, .created, reply.body)
            let created = try reply.json([EvidenceDTO].self)
            XCTAssertEqual(created.map(\.evidence.title), ["Dokumentasi sosialisasi (1)", "Dokumentasi sosialisasi (2)"])
            XCTAssertEqual(created.map { $0.versions[0].mediaType }, ["image/png", "image/png"])
        }
    }

    func testOnlyTheUnitAndItsTPIReachItsEvidence() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let id = try await upload(client, unit: fixture.unitA1, token: token, bytes: Self.pdf, fileName: "sk.pdf").json(
                EvidenceDTO.self
            )
            .evidence.id
            for (person, expected) in [
                ("evaluator", HTTPStatus.ok), ("pegawai", .ok), ("anggotab", .forbidden), ("tanpaperan", .forbidden),
            ] {
                let other = try await client.login(person, Fixture.password)
                let reply = try await client.send(.GET, "/api/v1/evidence/\(id)/download", token: other)
                XCTAssertEqual(reply.status, expected, person)
            }
            let outsider = try await client.login("anggotab", Fixture.password)
            let refused = try await upload(client, unit: fixture.unitA1, token: outsider, bytes: Self.pdf, fileName: "x.pdf")
            XCTAssertEqual(refused.status, .forbidden)
            let listed = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/evidence?q=tim", token: token)
                .json(ListPage<EvidenceSummaryDTO>.self)
            XCTAssertEqual(listed.total, 1)
            let pegawai = try await client.login("pegawai", Fixture.password)
            let cannotUpload = try await upload(client, unit: fixture.unitA1, token: pegawai, bytes: Self.pdf, fileName: "x.pdf")
            XCTAssertEqual(cannotUpload.status, .forbidden)
        }
    }

    func testLinksReviewNewVersionAndRetention() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let tpi = try await client.login("evaluator", Fixture.password)
            let assessment = try await PlanFixture.assessment(app, unit: fixture.unitA1)
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let action = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).first()!
            let id = try await upload(client, unit: fixture.unitA1, token: token, bytes: Self.pdf, fileName: "sk.pdf").json(
                EvidenceDTO.self
            )
            .evidence.id
            let toQuestion = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links", token: token,
                json: ["assessmentID": assessment.id!.uuidString, "questionID": "A.I.1.i.a"])
            XCTAssertEqual(toQuestion.status, .created, toQuestion.body)
            let toAction = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links", token: token, json: ["actionID": action.id!.uuidString])
            XCTAssertEqual(toAction.status, .created)
            let twice = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links", token: token, json: ["actionID": action.id!.uuidString])
            XCTAssertEqual(twice.errorCode, "evidence_link_exists")
            let badQuestion = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links", token: token,
                json: ["assessmentID": assessment.id!.uuidString, "questionID": "Z.9"])
            XCTAssertEqual(badQuestion.status, .unprocessableEntity)
            let links = try toAction.json(EvidenceDTO.self).links
            let questionLink = try XCTUnwrap(links.first { $0.questionID == "A.I.1.i.a" })

            let selfReview = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links/\(questionLink.id)/review", token: token,
                json: ["status": "accepted"])
            XCTAssertEqual(selfReview.status, .forbidden, "the unit does not review its own evidence")
            let noNote = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links/\(questionLink.id)/review", token: tpi,
                json: ["status": "needs_revision"])
            XCTAssertEqual(noNote.status, .unprocessableEntity)
            let revise = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links/\(questionLink.id)/review", token: tpi,
                json: ["status": "needs_revision", "note": "SK belum ditandatangani"])
            XCTAssertEqual(try revise.json(EvidenceDTO.self).links.first { $0.id == questionLink.id }?.reviewStatus, "needs_revision")
            let answered = try await client.send(
                .POST, "/api/v1/evidence/\(id)/versions?fileName=sk-ttd.pdf", token: token,
                bytes: Self.pdf + Array("% ttd\n".utf8))
            let after = try answered.json(EvidenceDTO.self).links.first { $0.id == questionLink.id }
            XCTAssertEqual(after?.reviewStatus, "pending", "a new version answers the request for revision")
            XCTAssertEqual(after?.reviews.map(\.status), ["needs_revision"], "the history is kept")
            XCTAssertEqual(after?.reviews.first?.version, 1)
            XCTAssertEqual(after?.changedSinceReview, true, "the file changed after its review")

            let accepted = try await client.send(
                .POST, "/api/v1/evidence/\(id)/links/\(questionLink.id)/review", token: tpi,
                json: ["status": "accepted"])
            let current = try accepted.json(EvidenceDTO.self).links.first { $0.id == questionLink.id }
            XCTAssertEqual(current?.reviewedVersion, 2)
            XCTAssertEqual(current?.changedSinceReview, false)
            let changed = try await client.send(
                .POST, "/api/v1/evidence/\(id)/versions?fileName=sk-ttd2.pdf", token: token,
                bytes: Self.pdf + Array("% ttd 2\n".utf8))
            let afterAccepted = try changed.json(EvidenceDTO.self).links.first { $0.id == questionLink.id }
            XCTAssertEqual(afterAccepted?.reviewStatus, "accepted", "a verdict stands")
            XCTAssertEqual(afterAccepted?.changedSinceReview, true, "but a change after the review is visible")

            assessment.status = .concluded
            try await assessment.save(on: app.db)
            let locked = try await client.send(.DELETE, "/api/v1/evidence/\(id)", token: token)
            XCTAssertEqual(locked.errorCode, "evidence_locked")
            assessment.status = .draft
            try await assessment.save(on: app.db)
            let deleted = try await client.send(.DELETE, "/api/v1/evidence/\(id)", token: token)
            XCTAssertEqual(deleted.status, .noContent)
            let gone = try await client.send(.GET, "/api/v1/evidence/\(id)", token: token)
            XCTAssertEqual(gone.status, .notFound)
            let kept = try await Evidence.query(on: app.db).withDeleted().count()
            XCTAssertEqual(kept, 1, "deletion is soft")
            let audited = try await AuditEntry.query(on: app.db).filter(\.$entity == "evidence").sort(\.$seq).all().map(\.action)
            XCTAssertEqual(audited, ["create", "link", "link", "review", "new_version", "review", "new_version", "delete"])
        }
    }
}
