import Fluent
import Foundation
import Vapor
import XCTest
@testable import ZIServer

/// `sizi backup` and `sizi restore`: a running installation is copied, restored into a fresh
/// directory and compared; a damaged or incomplete backup is refused whole, naming what is wrong.
final class BackupTests: XCTestCase {
    private func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-\(name)-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testABackupRestoresIntoAFreshDirectoryAsItWas() async throws {
        try XCTSkipIf(TestApp.usesPostgres, "a PostgreSQL database is backed up with pg_dump; only the evidence store is copied")
        let backup = temporaryFolder("backup"), restored = temporaryFolder("restored")
        var expected: (units: Int, audit: Int, evidence: String)?
        try await withApp { app, _ in
            let fixture = try await Fixture.make(app)
            let evidence = try await EvidenceFixture.evidence(app, unit: fixture.unitA1)
            let sha = try await EvidenceVersion.query(on: app.db).filter(\.$evidence.$id == evidence.id!).first()!.sha256
            expected = (try await WorkUnit.query(on: app.db).count(), try await AuditEntry.query(on: app.db).count(), sha)
            let report = try await Backup.create(app, to: backup)
            XCTAssertTrue(report.ok)
            do {
                _ = try await Backup.create(app, to: backup)
                XCTFail("never into a folder that holds something")
            } catch is CommandLineError {}
        }
        let result = try Backup.restore(from: backup, into: restored)
        XCTAssertTrue(result.ok, result.lines.joined(separator: "\n"))
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: Settings(dataDirectory: restored.path, bcryptCost: 10))
            let expected = try XCTUnwrap(expected)
            XCTAssertEqualAwaited(try await WorkUnit.query(on: app.db).count(), expected.units)
            XCTAssertEqualAwaited(try await AuditEntry.query(on: app.db).count(), expected.audit)
            XCTAssertTrueAwaited(try await AuditAdmin.verify(app).intact, "the restored audit chain is intact")
            XCTAssertTrueAwaited(try await EvidenceAdmin.verify(app).ok, "every evidence file is back, unchanged")
            XCTAssertEqualAwaited(try await app.evidence.store.hashes(), [expected.evidence])
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    func testADamagedOrIncompleteBackupIsRefusedWhole() async throws {
        let backup = temporaryFolder("backup")
        try await withApp { app, _ in
            let fixture = try await Fixture.make(app)
            _ = try await EvidenceFixture.evidence(app, unit: fixture.unitA1)
            _ = try await Backup.create(app, to: backup)
        }
        let blobs = try XCTUnwrap(
            FileManager.default.enumerator(at: backup.appendingPathComponent("evidence/blobs"), includingPropertiesForKeys: nil)
        )
        .compactMap { $0 as? URL }.filter { $0.lastPathComponent.count == 64 }
        let blob = try XCTUnwrap(blobs.first)
        var bytes = try Data(contentsOf: blob)
        bytes[0] ^= 0xFF
        try bytes.write(to: blob)
        let target = temporaryFolder("target")
        let changed = try Backup.restore(from: backup, into: target)
        XCTAssertFalse(changed.ok)
        XCTAssertTrue(changed.lines.contains { $0.contains("CHANGED") && $0.contains(blob.lastPathComponent) }, changed.lines.joined())
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "nothing restored from a damaged backup")

        try FileManager.default.removeItem(at: blob)
        let missing = try Backup.restore(from: backup, into: target)
        XCTAssertTrue(missing.lines.contains { $0.contains("MISSING") }, missing.lines.joined())
        try FileManager.default.removeItem(at: backup.appendingPathComponent(BackupManifest.fileName))
        XCTAssertFalse(try Backup.restore(from: backup, into: target).ok, "no manifest, no restore")
    }
}
