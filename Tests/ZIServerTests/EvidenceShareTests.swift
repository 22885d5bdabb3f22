import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// The signed, expiring, revocable share of a question's evidence that PortalRB receives as
/// `bukti_dukung_unit`: opens without an account, shows only that question's files, logs every
/// opening for the unit, and stops at once when revoked.
final class EvidenceShareTests: XCTestCase {
    func testPortalRBsEvidenceLinkOpensOnlyThatQuestionsFilesUntilRevoked() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let assessment = try await ProposalFixture.concluded(
                app, unit: fixture.unitA1, rows: ["A.I.1.i.a": (.option("Ya"), nil, nil), "A.I.1.i.b": (.option("A"), nil, nil)])
            let member = try await client.login("anggota", Fixture.password)
            var evidenceIDs: [String: UUID] = [:]
            for (question, title) in [("A.I.1.i.a", "SK Tim ZI"), ("A.I.1.i.b", "Notulen seleksi")] {
                let uploaded = try await client.send(
                    .POST,
                    "/api/v1/units/\(fixture.unitA1.id!)/evidence?fileName=\(question).pdf&title=\(title.replacingOccurrences(of: " ", with: "%20"))&kind=sk",
                    token: member, bytes: EvidenceAPITests.pdf)
                XCTAssertEqual(uploaded.status, .created, uploaded.body)
                let id = try uploaded.json(EvidenceDTO.self).evidence.id
                evidenceIDs[question] = id
                let linked = try await client.send(
                    .POST, "/api/v1/evidence/\(id)/links", token: member,
                    json: ["assessmentID": assessment.id!.uuidString, "questionID": question])
                XCTAssertEqual(linked.status, .created, linked.body)
            }
            let admin = try await client.login("adminka", Fixture.password)
            _ = try await client.send(
                .PUT, "/api/v1/instansi/\(fixture.instansiA.id!)/proposals/2026", token: admin,
                rawBody: #"{"confirm": true, "units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBK"}]}"#)
            let token = try await client.send(
                .POST, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: admin, json: ["name": "PortalRB"]
            ).json(PortalRBTokenService.Created.self).token

            func evidenceLink() async throws -> String? {
                let reply = try await client.send(.GET, "/portalrb/lke/jawaban-unit/\(fixture.unitA1.id!)", token: token)
                let body = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
                let answers = try XCTUnwrap(body["answers"] as? [[String: Any]])
                return answers.first { $0["soal_id"] as? Int == 1 }?["bukti_dukung_unit"] as? String
            }
            let first = try await evidenceLink()
            let link = try XCTUnwrap(first)
            XCTAssertTrue(link.hasPrefix("http://"), link)
            let again = try await evidenceLink()
            XCTAssertEqual(again, link, "PortalRB gets the same link on every fetch")
            let path = try XCTUnwrap(URLComponents(string: link)?.path)
            XCTAssertTrue(path.hasPrefix("/bukti/"))

            let page = try await client.send(.GET, path)
            XCTAssertEqual(page.status, .ok, page.body)
            XCTAssertTrue(page.body.contains("SK Tim ZI"))
            XCTAssertTrue(page.body.contains(EvidenceAPITests.sha256(EvidenceAPITests.pdf)), "the file's hash")
            XCTAssertTrue(page.body.contains("Menunggu reviu"), "the TPI's status")
            XCTAssertFalse(page.body.contains("Notulen seleksi"), "another question's evidence is not shown")
            let file = try await client.send(.GET, "\(path)/\(evidenceIDs["A.I.1.i.a"]!)")
            XCTAssertEqual(file.status, .ok)
            XCTAssertEqual(file.bytes, EvidenceAPITests.pdf)
            let otherFile = try await client.send(.GET, "\(path)/\(evidenceIDs["A.I.1.i.b"]!)")
            XCTAssertEqual(otherFile.status, .notFound, "a file of another question through this share")
            let forged = try await client.send(.GET, String(path.dropLast(3)) + "abc")
            XCTAssertEqual(forged.status, .notFound)
            let shares = try await EvidenceShare.query(on: app.db).all()
            let otherShare = try XCTUnwrap(shares.first { $0.questionID == "A.I.1.i.b" })
            let signature = String(path.split(separator: "/").last!)
            let swapped = try await client.send(.GET, "/bukti/\(otherShare.id!)/\(signature)")
            XCTAssertEqual(swapped.status, .notFound, "a signature is valid for its own share only")
            let openings = try await EvidenceShareAccess.query(on: app.db).count()
            XCTAssertEqual(openings, 2, "the page and the file")

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let coverage = try await client.send(.GET, "/assessments/\(assessment.id!)/evidence", cookies: cookies)
            XCTAssertTrue(coverage.body.contains("Tautan berbagi data dukung"), coverage.body)
            XCTAssertTrue(coverage.body.contains("<td>A.I.1.i.a</td>"), "the shared question")
            XCTAssertTrue(coverage.body.contains("<td>2</td>"), "opened twice: the page and the file")
            XCTAssertTrue(coverage.body.contains("<td>0</td>"), "the other question's share was never opened")
            let share = try XCTUnwrap(shares.first { $0.questionID == "A.I.1.i.a" })
            let csrf = try await client.csrfToken(cookies: cookies)
            let evaluator = try await client.webLogin("evaluator", Fixture.password)
            let evaluatorCSRF = try await client.csrfToken(cookies: evaluator)
            let refused = try await client.send(
                .POST, "/assessments/\(assessment.id!)/evidence-shares/\(share.id!)/revoke", form: ["_csrf": evaluatorCSRF],
                cookies: evaluator)
            XCTAssertEqual(refused.status, .forbidden)
            let revoked = try await client.send(
                .POST, "/assessments/\(assessment.id!)/evidence-shares/\(share.id!)/revoke", form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(revoked.status, .seeOther)
            let closed = try await client.send(.GET, path)
            XCTAssertEqual(closed.status, .notFound)
            let afterRevoke = try await evidenceLink()
            XCTAssertNil(afterRevoke, "a revoked share is not handed out again")
        }
    }
}
