import Fluent
import Foundation
import NIOCore
import NIOPosix

/// Blobs in the database, cut into ``BlobChunking/size`` chunks: one row per blob
/// (`blobs`) and one per chunk (`blob_chunks`), written in one transaction, read back one
/// chunk at a time. Lets several SIZI instances share evidence through PostgreSQL alone.
struct DatabaseBlobStore: BlobStore {
    let database: @Sendable () -> any Database
    /// Runs a write transaction (SIZI's ``WriteGate``).
    let write: @Sendable (@escaping @Sendable (any Database) async throws -> Bool) async throws -> Bool
    let threadPool: NIOThreadPool
    var kind: BlobStorageKind { .database }

    func contains(_ hash: String) async throws -> Bool {
        try BlobStoreError.check(hash)
        return try await StoredBlob.find(hash, on: database()) != nil
    }

    func put(_ file: ReceivedFile) async throws -> Bool {
        defer { try? FileManager.default.removeItem(at: file.url) }
        if try await contains(file.sha256) { return false }
        let handle = try FileHandle(forReadingFrom: file.url)
        defer { try? handle.close() }
        let pool = threadPool
        return try await write { db in
            // Another instance may have stored the same content meanwhile.
            guard try await StoredBlob.find(file.sha256, on: db) == nil else { return false }
            try await StoredBlob(hash: file.sha256, size: file.size).create(on: db)
            var sequence = 0
            while let data = try await pool.runIfActive({ try handle.read(upToCount: BlobChunking.size) }), !data.isEmpty {
                try await StoredBlobChunk(hash: file.sha256, sequence: sequence, data: data).create(on: db)
                sequence += 1
            }
            return true
        }
    }

    func read(_ hash: String, into body: (ByteBuffer) async throws -> Void) async throws {
        try BlobStoreError.check(hash)
        let db = database()
        guard try await StoredBlob.find(hash, on: db) != nil else { throw BlobStoreError.missing(hash) }
        var sequence = 0
        while let chunk = try await StoredBlobChunk.query(on: db).filter(\.$hash == hash).filter(\.$sequence == sequence).first() {
            try await body(ByteBuffer(data: chunk.data))
            sequence += 1
        }
    }

    func remove(_ hash: String) async throws {
        try BlobStoreError.check(hash)
        _ = try await write { db in
            try await StoredBlobChunk.query(on: db).filter(\.$hash == hash).delete()
            try await StoredBlob.query(on: db).filter(\.$id == hash).delete()
            return true
        }
    }

    func localFile(_ hash: String, scratch: URL) async throws -> URL {
        let file = try await ReceivedFile.receive(limit: .max, directory: scratch, threadPool: threadPool) { sink in
            try await read(hash, into: sink)
        }
        return file.url
    }

    func hashes() async throws -> [String] {
        try await StoredBlob.query(on: database()).sort(\.$id).all().compactMap(\.id)
    }
}

/// A blob stored in the database: its hash and size. Its bytes are in ``StoredBlobChunk``s.
final class StoredBlob: Model, @unchecked Sendable {
    static let schema = "blobs"

    @ID(custom: "hash", generatedBy: .user) var id: String?
    @Field(key: "size") var size: Int64
    /// The day the blob was stored (midnight UTC), never the time: a WBS report's attachments
    /// are blobs too, and the exact time of a report is not kept anywhere.
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(hash: String, size: Int64) {
        id = hash
        self.size = size
        createdAt = BlobDay.today
    }
}

/// One chunk of a blob stored in the database.
final class StoredBlobChunk: Model, @unchecked Sendable {
    static let schema = "blob_chunks"

    @ID(key: .id) var id: UUID?
    @Field(key: "hash") var hash: String
    @Field(key: "sequence") var sequence: Int
    @Field(key: "data") var data: Data

    init() {}

    init(hash: String, sequence: Int, data: Data) {
        self.hash = hash
        self.sequence = sequence
        self.data = data
    }
}

/// Creates the tables of the database blob backend.
struct CreateBlobStorage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoredBlob.schema)
            .field("hash", .string, .identifier(auto: false))
            .field("size", .int64, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(StoredBlobChunk.schema)
            .id()
            .field("hash", .string, .required, .references(StoredBlob.schema, "hash", onDelete: .cascade))
            .field("sequence", .int, .required)
            .field("data", .data, .required)
            .unique(on: "hash", "sequence")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredBlobChunk.schema).delete()
        try await database.schema(StoredBlob.schema).delete()
    }
}
