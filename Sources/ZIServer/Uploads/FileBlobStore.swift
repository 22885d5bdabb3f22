import Foundation
import NIOCore
import NIOPosix

/// Blobs as files under a directory: `<root>/<first two hex digits>/<sha256>`. A received
/// file is moved in with one rename (the temporary directory is on the same file system), so a
/// blob is either complete or absent.
struct FileBlobStore: BlobStore {
    let root: URL
    let threadPool: NIOThreadPool
    var kind: BlobStorageKind { .filesystem }

    func contains(_ hash: String) async throws -> Bool {
        try FileManager.default.fileExists(atPath: path(of: hash).path)
    }

    func put(_ file: ReceivedFile) async throws -> Bool {
        let target = try path(of: file.sha256)
        if FileManager.default.fileExists(atPath: target.path) {
            try FileManager.default.removeItem(at: file.url)
            return false
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try FileManager.default.moveItem(at: file.url, to: target)
            try FileManager.default.setAttributes([.modificationDate: BlobDay.today], ofItemAtPath: target.path)
        } catch  where FileManager.default.fileExists(atPath: target.path) {
            // Another request stored the same content meanwhile.
            try? FileManager.default.removeItem(at: file.url)
            return false
        }
        return true
    }

    func read(_ hash: String, into body: (ByteBuffer) async throws -> Void) async throws {
        let url = try path(of: hash)
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw BlobStoreError.missing(hash) }
        defer { try? handle.close() }
        while let data = try await threadPool.runIfActive({ try handle.read(upToCount: BlobChunking.size) }), !data.isEmpty {
            try await body(ByteBuffer(data: data))
        }
    }

    func remove(_ hash: String) async throws {
        let url = try path(of: hash)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
    }

    func localFile(_ hash: String, scratch: URL) async throws -> URL {
        let url = try path(of: hash)
        guard FileManager.default.fileExists(atPath: url.path) else { throw BlobStoreError.missing(hash) }
        return url
    }

    func hashes() async throws -> [String] {
        let prefixes = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return prefixes.flatMap { prefix in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(prefix).path)) ?? [])
                .filter { (try? BlobStoreError.check($0)) != nil && $0.hasPrefix(prefix) }
        }.sorted()
    }

    /// Where the blob `hash` lives (after checking it is a SHA-256, so it cannot escape `root`).
    func path(of hash: String) throws -> URL {
        try BlobStoreError.check(hash)
        return root.appendingPathComponent(String(hash.prefix(2))).appendingPathComponent(hash)
    }
}
