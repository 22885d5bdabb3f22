import Fluent
import SQLKit
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// What the WBS must not leave behind beyond its ciphertext: the exact time of a report (in the
/// blob store's rows and files), handlers' TOTP secrets in clear, plaintext after a crash.
final class WBSMetadataTests: XCTestCase {
    func testStoredAttachmentsCarryTheDayNotTheTime() async throws {
        for storage in BlobStorageKind.allCases {
            try await withApp(adjust: { $0.evidenceStorage = storage }) { app, client in
                let fixture = try await Fixture.make(app)
                _ = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
                let (filed, _) = try await WBSTest.submit(client, to: fixture.unitA1)
                XCTAssertEqual(filed.status, .created)
                let midnight = BlobDay.today
                switch storage {
                case .database:
                    let rows = try await StoredBlob.query(on: app.db).all()
                    XCTAssertFalse(rows.isEmpty)
                    for row in rows { XCTAssertEqual(row.createdAt, midnight, "the day only") }
                case .filesystem:
                    let hashes = try await app.evidence.store.hashes()
                    XCTAssertFalse(hashes.isEmpty)
                    let root = app.settings.evidenceDirectory.appendingPathComponent("blobs")
                    for hash in hashes {
                        let path = root.appendingPathComponent(String(hash.prefix(2))).appendingPathComponent(hash).path
                        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
                        XCTAssertEqual(modified, midnight, "the file's time is the day only")
                    }
                }
            }
        }
    }

    func testHandlersTOTPSecretsAreSealedAndOldClearOnesAreSealedAtStart() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let row = try await WBSHandlerKeys.query(on: app.db).filter(\.$user.$id == handler.userID).first()!
            XCTAssertTrue(row.sealedTOTPSecret.hasPrefix(SecretSealer.prefix))
            let secret = try XCTUnwrap(try row.totpSecret(app.secretSealer))
            XCTAssertFalse(row.sealedTOTPSecret.contains(secret.base32), "never in clear")

            // A row written by an earlier version, in clear, is sealed by the migration.
            row.sealedTOTPSecret = secret.base32
            try await row.save(on: app.db)
            try await SealWBSTOTPSecrets(sealer: app.secretSealer).prepare(on: app.db)
            let sealed = try await WBSHandlerKeys.find(row.id, on: app.db)!
            XCTAssertTrue(sealed.sealedTOTPSecret.hasPrefix(SecretSealer.prefix))
            XCTAssertEqual(try sealed.totpSecret(app.secretSealer)?.base32, secret.base32)

            // Copied onto another handler's row, a sealed secret does not open.
            let other = try await WBSTestHandler.make(fixture, "pengelola2", unit: fixture.unitA1)
            let otherRow = try await WBSHandlerKeys.query(on: app.db).filter(\.$user.$id == other.userID).first()!
            otherRow.sealedTOTPSecret = sealed.sealedTOTPSecret
            XCTAssertThrowsError(try otherRow.totpSecret(app.secretSealer))
        }
    }

    func testTheSecretKeyComesFromTheEnvironmentOrAPrivateFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try SecretSealer.load(settings: Settings(dataDirectory: directory.path))
        let file = directory.appendingPathComponent("secret.key").path
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let sealed = try first.seal("JBSWY3DPEHPK3PXP", context: "t")
        XCTAssertEqual(
            try SecretSealer.load(settings: Settings(dataDirectory: directory.path)).open(sealed, context: "t"), "JBSWY3DPEHPK3PXP",
            "the same file gives the same key")
        var settings = Settings(dataDirectory: directory.path)
        settings.secretKey = Data(repeating: 7, count: 32).base64EncodedString()
        XCTAssertThrowsError(try SecretSealer.load(settings: settings).open(sealed, context: "t"), "another key does not open it")
        settings.secretKey = "too-short"
        XCTAssertThrowsError(try SecretSealer.load(settings: settings))
    }

    func testPlaintextLeftByACrashIsShreddedAtStart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withApp(adjust: { $0.whistleblowing.uploadDirectory = directory.path }) { _, _ in }
        let leftover = directory.appendingPathComponent("upload-crash")
        try Data("ISI-LAMPIRAN-RAHASIA".utf8).write(to: leftover)
        try await withApp(adjust: { $0.whistleblowing.uploadDirectory = directory.path }) { _, _ in
            XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path))
        }
    }

    func testKeySealsUseOWASPsScryptCost() {
        XCTAssertEqual(ScryptParameters.keySeal.rounds, 1 << 17)
        XCTAssertEqual(WhistleblowingSettings().keySealScrypt, .keySeal)
        XCTAssertEqual(WhistleblowingSettings().scrypt, .standard, "receipts keep the cheaper, concurrency-bounded cost")
    }
}
