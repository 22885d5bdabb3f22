import Crypto
import Foundation

/// What a backup folder holds, written last as `manifest.json`: each file's path (relative to
/// the folder), size and SHA-256, so a restore can refuse a damaged or incomplete backup.
struct BackupManifest: Codable, Sendable {
    struct Entry: Codable, Sendable, Equatable {
        let path: String
        let size: Int64
        let sha256: String
    }

    static let fileName = "manifest.json"
    static let format = "sizi-backup-1"

    var format = BackupManifest.format
    var createdAt: Date
    /// `sqlite` when the database file is in the backup; `postgresql` when only the evidence store is.
    var database: String
    var files: [Entry]

    /// The problems of the folder against this manifest: missing, changed or extra files.
    func problems(in folder: URL) -> [String] {
        var problems: [String] = []
        for entry in files {
            let url = folder.appendingPathComponent(entry.path)
            guard let hash = try? BackupFile.sha256(of: url) else {
                problems.append("HILANG / MISSING: \(entry.path)")
                continue
            }
            if hash.size != entry.size || hash.sha256 != entry.sha256 { problems.append("BERUBAH / CHANGED: \(entry.path)") }
        }
        return problems
    }
}

/// Reading and copying the files of a backup, hashing them on the way.
enum BackupFile {
    /// The size and SHA-256 of a file, read in 1 MiB pieces.
    static func sha256(of url: URL) throws -> (size: Int64, sha256: String) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty {
            hasher.update(data: piece)
            size += Int64(piece.count)
        }
        return (size, hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }

    /// Copies `source` to `target` (creating its folder) and answers the manifest entry of the copy.
    static func copy(_ source: URL, to target: URL, path: String) throws -> BackupManifest.Entry {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        let hash = try sha256(of: target)
        return BackupManifest.Entry(path: path, size: hash.size, sha256: hash.sha256)
    }
}
