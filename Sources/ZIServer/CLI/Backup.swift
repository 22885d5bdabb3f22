import Fluent
import Foundation
import SQLKit
import Vapor

/// `sizi backup --to DIR` and `sizi restore --from DIR`: a consistent online copy of the SQLite
/// database (`VACUUM INTO`, while SIZI keeps serving) and of the evidence store (blobs are
/// written under their hash before any row names them, so a store copied after the database
/// holds every blob the copy refers to), with a manifest of hashes; and the way back into an
/// empty data directory, refused whole when any file is missing or changed.
///
/// With PostgreSQL only the evidence store is copied: dump the database with `pg_dump`
/// (deploy/README.md). The key sealing TOTP secrets (`secret.key`) is never in a backup: keep it apart.
public enum Backup {
    /// Writes the backup into `folder`, which must not exist yet or be empty.
    public static func create(_ app: Application, to folder: URL) async throws -> EvidenceAdmin.Report {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard existing.isEmpty else { throw CommandLineError("\(folder.path) is not empty: back up into a new folder") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [BackupManifest.Entry] = []
        let isSQLite = app.settings.databaseURL == nil
        if isSQLite {
            let copy = folder.appendingPathComponent("sizi.sqlite")
            try await (app.db as! any SQLDatabase).raw("VACUUM INTO \(bind: copy.path)").run()
            let hash = try BackupFile.sha256(of: copy)
            files.append(.init(path: "sizi.sqlite", size: hash.size, sha256: hash.sha256))
        }
        if app.evidence.store.kind == .filesystem {
            let blobs = app.settings.evidenceDirectory.appendingPathComponent("blobs")
            for hash in try await app.evidence.store.hashes() {
                let path = "evidence/blobs/\(hash.prefix(2))/\(hash)"
                let entry = try BackupFile.copy(
                    blobs.appendingPathComponent(String(hash.prefix(2))).appendingPathComponent(hash),
                    to: folder.appendingPathComponent(path), path: path)
                guard entry.sha256 == hash else {
                    throw CommandLineError("the stored file \(hash) no longer matches its hash (sizi evidence verify)")
                }
                files.append(entry)
            }
        }
        let manifest = BackupManifest(createdAt: AppClock.current.now(), database: isSQLite ? "sqlite" : "postgresql", files: files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(manifest).write(to: folder.appendingPathComponent(BackupManifest.fileName))
        var lines = ["\(files.count) berkas dicadangkan / files backed up to \(folder.path)"]
        if !isSQLite { lines.append("PostgreSQL: cadangkan basis data dengan pg_dump / dump the database with pg_dump (deploy/README.md)") }
        return EvidenceAdmin.Report(ok: true, lines: lines)
    }

    /// Checks the backup in `folder` against its manifest and, when it is whole, copies it into
    /// `dataDirectory`, which must hold no database yet. Nothing is copied from a damaged backup.
    public static func restore(from folder: URL, into dataDirectory: URL) throws -> EvidenceAdmin.Report {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(BackupManifest.fileName)),
            let manifest = try? decoder.decode(BackupManifest.self, from: data), manifest.format == BackupManifest.format
        else {
            return EvidenceAdmin.Report(ok: false, lines: ["\(folder.path) has no readable \(BackupManifest.fileName): not a SIZI backup"])
        }
        let problems = manifest.problems(in: folder)
        guard problems.isEmpty else {
            return EvidenceAdmin.Report(
                ok: false, lines: problems + ["Cadangan RUSAK, tidak dipulihkan / backup DAMAGED, nothing restored"])
        }
        let database = dataDirectory.appendingPathComponent("sizi.sqlite")
        guard !FileManager.default.fileExists(atPath: database.path) else {
            throw CommandLineError("\(database.path) exists: restore into an empty data directory")
        }
        for entry in manifest.files {
            _ = try BackupFile.copy(
                folder.appendingPathComponent(entry.path), to: dataDirectory.appendingPathComponent(entry.path),
                path: entry.path)
        }
        return EvidenceAdmin.Report(
            ok: true,
            lines: [
                "\(manifest.files.count) berkas dipulihkan / files restored into \(dataDirectory.path)",
                "Periksa / check: sizi audit verify && sizi evidence verify",
            ])
    }
}
