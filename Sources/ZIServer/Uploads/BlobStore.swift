import Foundation
import NIOCore

/// Where evidence files live, addressed by the SHA-256 of their content (lower-case hex):
/// identical content is stored once, and a stored blob can be checked against its name.
///
/// Two backends: ``FileBlobStore`` (a directory under the data directory, the default) and
/// ``DatabaseBlobStore`` (chunks in the database, so that several SIZI instances share
/// evidence with no shared disk). `SIZI_EVIDENCE_STORAGE` chooses; `sizi evidence
/// migrate-storage` moves blobs between them.
protocol BlobStore: Sendable {
    /// `filesystem` or `database`.
    var kind: BlobStorageKind { get }

    /// Whether a blob with this hash is stored.
    func contains(_ hash: String) async throws -> Bool

    /// Takes in a received file (which it removes): stored under its hash unless that content
    /// is already there. Returns whether the content was new.
    func put(_ file: ReceivedFile) async throws -> Bool

    /// Streams the blob's bytes in order, in chunks of at most ``BlobChunking/size``.
    /// Throws ``BlobStoreError/missing(_:)`` when it is not stored.
    func read(_ hash: String, into body: (ByteBuffer) async throws -> Void) async throws

    /// Deletes a blob (nothing happens when it is not stored). Only for blobs no one else can
    /// refer to: evidence is never deleted this way; a whistleblowing attachment's ciphertext,
    /// unique to its report, is when the report's retention ends.
    func remove(_ hash: String) async throws

    /// Every stored hash, sorted.
    func hashes() async throws -> [String]

    /// A file on local disk holding the blob, for code that reads files (the ZIP writer): the
    /// stored file itself, or a copy written into `scratch` (which the caller removes).
    func localFile(_ hash: String, scratch: URL) async throws -> URL
}

/// How blobs are cut for reading and for the database backend.
enum BlobChunking {
    /// 1 MiB: small enough to keep memory flat, large enough to keep row counts low.
    static let size = 1 << 20
}

/// Why a blob operation failed.
enum BlobStoreError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case invalidHash(String)

    var description: String {
        switch self {
        case .missing(let hash): "blob \(hash) is not stored"
        case .invalidHash(let hash): "\"\(hash)\" is not a SHA-256 in lower-case hex"
        }
    }

    /// Checks that `hash` is 64 lower-case hex characters (it becomes a path or a key).
    static func check(_ hash: String) throws {
        guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { throw BlobStoreError.invalidHash(hash) }
    }
}

/// The only time a stored blob carries: its day, at midnight UTC. A blob's row and its file's
/// modification time would otherwise tell when a WBS report with attachments arrived.
enum BlobDay {
    static var today: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.startOfDay(for: AppClock.current.now())
    }
}
