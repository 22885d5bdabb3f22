import Foundation
import Vapor

/// The work of `sizi evidence verify` and `sizi evidence migrate-storage`.
public enum EvidenceAdmin {
    /// A command's outcome as printed.
    public struct Report: Sendable {
        public let ok: Bool
        public let lines: [String]
    }

    /// Re-hashes every stored blob of the configured backend and checks that every version of
    /// every piece of evidence (deleted ones included) still has its blob.
    public static func verify(_ app: Application) async throws -> Report {
        let store = app.evidence.store
        let referenced = Set(try await EvidenceVersion.query(on: app.db).all(\.$sha256))
        let report = try await BlobVerifier.verify(store, referenced: referenced)
        var lines = ["\(report.checked) berkas diperiksa / blobs checked (\(store.kind.rawValue))"]
        lines += report.mismatched.map { "BERUBAH / CHANGED: \($0) — isinya tidak lagi sesuai hash / content no longer matches its hash" }
        lines += report.missing.map { "HILANG / MISSING: \($0)" }
        lines.append(report.isClean ? "Semua bukti utuh / all evidence intact" : "Bukti RUSAK / evidence DAMAGED")
        return Report(ok: report.isClean, lines: lines)
    }

    /// Copies every blob of `from` into `to` (checking each copy's hash on the way) and reports
    /// how many were copied; blobs already in `to` are skipped. The source is left as it is.
    public static func migrate(_ app: Application, from: BlobStorageKind, to: BlobStorageKind) async throws -> Report {
        guard from != to else { throw CommandLineError("--from and --to must differ") }
        let source = EvidenceStorage.store(from, settings: app.settings, app: app)
        let target = EvidenceStorage.store(to, settings: app.settings, app: app)
        var copied = 0, skipped = 0
        for hash in try await source.hashes() {
            if try await target.contains(hash) {
                skipped += 1
                continue
            }
            let file = try await ReceivedFile.receive(limit: .max, directory: app.evidence.incoming, threadPool: app.threadPool) { sink in
                try await source.read(hash, into: sink)
            }
            guard file.sha256 == hash else {
                try? FileManager.default.removeItem(at: file.url)
                throw CommandLineError("blob \(hash) does not match its hash in the \(from.rawValue) store; run `sizi evidence verify`")
            }
            _ = try await target.put(file)
            copied += 1
        }
        return Report(
            ok: true,
            lines: [
                "\(copied) berkas disalin / blobs copied \(from.rawValue) → \(to.rawValue), \(skipped) sudah ada / already there",
                "Set SIZI_EVIDENCE_STORAGE=\(to.rawValue) to use the new store.",
            ])
    }
}
