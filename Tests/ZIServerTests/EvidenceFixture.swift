import Fluent
import NIOCore
import Vapor
import ZIDocuments
@testable import ZIServer

/// Evidence for tests, received and stored through the same code the upload route uses.
enum EvidenceFixture {
    /// A stored one-version PDF of `unit`.
    static func evidence(_ app: Application, unit: WorkUnit, title: String = "SK Tim Kerja") async throws -> Evidence {
        let bytes = EvidenceAPITests.pdf
        let chunks = AsyncStream<ByteBuffer> { continuation in
            continuation.yield(ByteBuffer(bytes: bytes))
            continuation.finish()
        }
        let stored = try await app.evidence.receive(chunks, fileName: "sk.pdf", threadPool: app.threadPool)
        let metadata = try EvidenceMetadata(title: title, kind: "sk").checked()
        return try await app.write { db in
            try await EvidenceService.create(metadata, file: stored, unit: unit, by: .system, on: db)
        }
    }
}
