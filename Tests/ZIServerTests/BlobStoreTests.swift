import Fluent
import NIOCore
import SQLKit
import Vapor
import XCTest
@testable import ZIServer

/// Both evidence storage backends pass the same tests: content addressing, deduplication,
/// streaming in chunks, the size limit, verification of changed and missing blobs, and the
/// migration from one backend to the other. Runs on SQLite and on PostgreSQL.
final class BlobStoreTests: XCTestCase {
    private func withStores(_ body: (Application, any BlobStore) async throws -> Void) async throws {
        let app = try await TestApp.make()
        do {
            for kind in BlobStorageKind.allCases {
                try await body(app, EvidenceStorage.store(kind, settings: app.settings, app: app))
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// `bytes` as a stream of chunks of at most `chunk` bytes, as a request body arrives.
    private func chunks(_ bytes: [UInt8], chunk: Int = 64 * 1024) -> AsyncStream<ByteBuffer> {
        AsyncStream { continuation in
            for start in stride(from: 0, to: bytes.count, by: chunk) {
                continuation.yield(ByteBuffer(bytes: bytes[start..<min(start + chunk, bytes.count)]))
            }
            continuation.finish()
        }
    }

    private func receive(_ app: Application, _ bytes: [UInt8], limit: Int64 = 50 << 20) async throws -> ReceivedFile {
        try await ReceivedFile.receive(chunks(bytes), limit: limit, directory: app.evidence.incoming, threadPool: app.threadPool)
    }

    private func readAll(_ store: any BlobStore, _ hash: String) async throws -> (bytes: [UInt8], chunks: Int) {
        var bytes: [UInt8] = []
        var count = 0
        try await store.read(hash) { chunk in
            XCTAssertLessThanOrEqual(chunk.readableBytes, BlobChunking.size)
            bytes += chunk.readableBytesView
            count += 1
        }
        return (bytes, count)
    }

    func testContentIsStoredOnceUnderItsHashAndReadBackInChunks() async throws {
        try await withStores { app, store in
            let bytes = (0..<(BlobChunking.size * 2 + 1234)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let first = try await receive(app, bytes)
            XCTAssertEqual(first.size, Int64(bytes.count))
            XCTAssertEqual(first.sha256.count, 64)
            let isNew = try await store.put(first)
            XCTAssertTrue(isNew, store.kind.rawValue)
            XCTAssertFalse(FileManager.default.fileExists(atPath: first.url.path), "the received file is taken in")
            let again = try await store.put(try await receive(app, bytes))
            XCTAssertFalse(again, "identical content is stored once")
            let hashes = try await store.hashes()
            XCTAssertEqual(hashes, [first.sha256])
            let read = try await readAll(store, first.sha256)
            XCTAssertEqual(read.bytes, bytes)
            XCTAssertEqual(read.chunks, 3, "streamed in 1 MiB chunks, never as one piece")
            let other = try await receive(app, Array("lain".utf8))
            XCTAssertEqual(
                other.sha256, "f9221e7e7ce00124a9bcf91447aee54e55369f63b91fc910bf4f3533078f8005", "the SHA-256 of the content (sha256sum)")
            _ = try await store.put(other)
            let both = try await store.hashes()
            XCTAssertEqual(both, [first.sha256, other.sha256].sorted())
            do {
                try await store.read(String(repeating: "0", count: 64)) { _ in }
                XCTFail("a missing blob cannot be read")
            } catch BlobStoreError.missing {}
            do {
                _ = try await store.contains("../../etc/passwd")
                XCTFail("a path is not a hash")
            } catch BlobStoreError.invalidHash {}
            for hash in both { try await Self.remove(hash, from: store, app: app) }
        }
    }

    func testTheSizeLimitStopsAnUploadAndLeavesNothing() async throws {
        let app = try await TestApp.make()
        do {
            _ = try await receive(app, [UInt8](repeating: 7, count: 300_000), limit: 200_000)
            XCTFail("too large")
        } catch ReceivedFile.Failure.tooLarge(let limit) {
            XCTAssertEqual(limit, 200_000)
        }
        do {
            _ = try await receive(app, [])
            XCTFail("empty")
        } catch ReceivedFile.Failure.empty {}
        let left = (try? FileManager.default.contentsOfDirectory(atPath: app.evidence.incoming.path)) ?? []
        XCTAssertEqual(left, [], "no partial file is left behind")
        try await app.asyncShutdown()
    }

    func testVerifyFindsAChangedBlobInEitherBackend() async throws {
        try await withStores { app, store in
            let file = try await receive(app, Array("SK Tim Kerja ZI nomor 12/2026".utf8))
            _ = try await store.put(file)
            var report = try await BlobVerifier.verify(store, referenced: [file.sha256])
            XCTAssertTrue(report.isClean)
            XCTAssertEqual(report.checked, 1)
            try await Self.tamper(file.sha256, in: store, app: app)
            let missingHash = String(repeating: "a", count: 64)
            report = try await BlobVerifier.verify(store, referenced: [file.sha256, missingHash])
            XCTAssertEqual(report.mismatched, [file.sha256], "\(store.kind): the changed blob is named")
            XCTAssertEqual(report.missing, [missingHash])
            XCTAssertFalse(report.isClean)
            try await Self.remove(file.sha256, from: store, app: app)
        }
    }

    func testMigrationCopiesEveryBlobAndKeepsTheHashes() async throws {
        let app = try await TestApp.make()
        do {
            let files = EvidenceStorage.store(.filesystem, settings: app.settings, app: app)
            let database = EvidenceStorage.store(.database, settings: app.settings, app: app)
            var hashes: [String] = []
            for text in ["notulen", "daftar hadir", "foto kegiatan"] {
                let file = try await receive(app, Array(text.utf8))
                hashes.append(file.sha256)
                _ = try await files.put(file)
            }
            let report = try await EvidenceAdmin.migrate(app, from: .filesystem, to: .database)
            XCTAssertTrue(report.lines[0].contains("3 berkas disalin"), report.lines[0])
            let copied = try await database.hashes()
            XCTAssertEqual(copied, hashes.sorted())
            let verified = try await BlobVerifier.verify(database, referenced: Set(hashes))
            XCTAssertTrue(verified.isClean)
            let again = try await EvidenceAdmin.migrate(app, from: .filesystem, to: .database)
            XCTAssertTrue(again.lines[0].contains("0 berkas disalin") && again.lines[0].contains("3 sudah ada"), again.lines[0])
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Changes a stored blob behind SIZI's back, as someone with access to the disk or the database could.
    private static func tamper(_ hash: String, in store: any BlobStore, app: Application) async throws {
        switch store.kind {
        case .filesystem:
            let url = try (store as! FileBlobStore).path(of: hash)
            try Data("SK palsu".utf8).write(to: url)
        case .database:
            let chunk = try await StoredBlobChunk.query(on: app.db).filter(\.$hash == hash).first()!
            chunk.data = Data("SK palsu".utf8)
            try await chunk.save(on: app.db)
        }
    }

    /// Empties a backend between the two passes of a test.
    private static func remove(_ hash: String, from store: any BlobStore, app: Application) async throws {
        switch store.kind {
        case .filesystem: try FileManager.default.removeItem(at: try (store as! FileBlobStore).path(of: hash))
        case .database: try await StoredBlob.find(hash, on: app.db)?.delete(on: app.db)
        }
    }
}
