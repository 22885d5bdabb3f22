import Fluent
import Vapor
import XCTest
import ZICore
import ZIPFoundation
@testable import ZIServer

/// Evidence per question and per action, and the TPN ZIP of an assessment, on both backends.
final class EvidenceExportTests: XCTestCase {
    func testCoverageAndTheTPNArchive() async throws {
        for backend in BlobStorageKind.allCases {
            try await withApp(adjust: { $0.evidenceStorage = backend }) { app, client in
                let fixture = try await Fixture.make(app)
                try await fixture.accountsPerRole()
                let token = try await client.login("anggota", Fixture.password)
                let assessment = try await PlanFixture.assessment(app, unit: fixture.unitA1)
                let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
                let action = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).sort(\.$langkahAksi).first()!
                let sk = try await EvidenceFixture.evidence(app, unit: fixture.unitA1, title: "SK Tim Kerja")
                let deleted = try await EvidenceFixture.evidence(app, unit: fixture.unitA1, title: "Dihapus")
                for (evidence, question) in [(sk, "A.I.1.i.a"), (sk, "A.II.1.i.a"), (deleted, "A.I.1.i.b")] {
                    let linked = try await client.send(
                        .POST, "/api/v1/evidence/\(evidence.id!)/links", token: token,
                        json: ["assessmentID": assessment.id!.uuidString, "questionID": question])
                    XCTAssertEqual(linked.status, .created, linked.body)
                }
                _ = try await client.send(
                    .POST, "/api/v1/evidence/\(sk.id!)/links", token: token, json: ["actionID": action.id!.uuidString])
                _ = try await client.send(.DELETE, "/api/v1/evidence/\(deleted.id!)", token: token)

                let coverage = try await client.send(.GET, "/api/v1/assessments/\(assessment.id!)/evidence", token: token)
                    .json(EvidenceCoverage.self)
                let area1 = try XCTUnwrap(coverage.areas.first)
                XCTAssertEqual(area1.name, "1. Manajemen Perubahan")
                XCTAssertEqual(area1.covered, 2, "A.I.1.i.a and A.II.1.i.a; the deleted one does not count")
                XCTAssertEqual(area1.targets.first { $0.id == "A.I.1.i.a" }?.evidence.map(\.title), ["SK Tim Kerja"])
                XCTAssertEqual(coverage.areas.last?.name, "Hasil")
                let planCoverage = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/evidence", token: token).json(
                    EvidenceCoverage.self)
                XCTAssertEqual(planCoverage.areas.map(\.covered).reduce(0, +), 1)
                XCTAssertEqual(planCoverage.areas.map(\.total).reduce(0, +), 2)

                let zip = try await client.send(.GET, "/api/v1/assessments/\(assessment.id!)/evidence.zip", token: token)
                XCTAssertEqual(zip.status, .ok, zip.body)
                let archive = try Archive(data: Data(zip.bytes ?? []), accessMode: .read)
                let paths = archive.map(\.path)
                XCTAssertEqual(paths.first, "index.html")
                XCTAssertEqual(paths.count, 3, "\(backend): the index and the SK under both of its questions: \(paths)")
                let skPath = try XCTUnwrap(paths.first { $0.hasPrefix("1 Manajemen Perubahan/A.I.1.i.a ") })
                XCTAssertTrue(skPath.hasSuffix("/sk.pdf"), skPath)
                var content = Data()
                _ = try archive.extract(archive[skPath]!) { content.append($0) }
                XCTAssertEqual(Array(content), EvidenceAPITests.pdf)
                var index = Data()
                _ = try archive.extract(archive["index.html"]!) { index.append($0) }
                XCTAssertTrue(String(decoding: index, as: UTF8.self).contains(EvidenceAPITests.sha256(EvidenceAPITests.pdf)))
                // The server removes the temporary archive once the response has been sent.
                var leftovers: [String] = []
                for _ in 0..<50 {
                    leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: app.evidence.incoming.path)) ?? [])
                        .filter { $0.hasPrefix("export-") }
                    if leftovers.isEmpty { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                XCTAssertEqual(leftovers, [], "the temporary archive is removed after sending")

                let outsider = try await client.login("anggotab", Fixture.password)
                let refused = try await client.send(.GET, "/api/v1/assessments/\(assessment.id!)/evidence.zip", token: outsider)
                XCTAssertEqual(refused.status, .forbidden)
            }
        }
    }
}
