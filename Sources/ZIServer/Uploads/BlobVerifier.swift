import Crypto
import Foundation

/// Re-hashes every stored blob and compares it with its name, and checks that every blob
/// something refers to is stored: what `sizi evidence verify` reports.
enum BlobVerifier {
    /// What a verification found.
    struct Report: Sendable, Equatable {
        /// How many blobs were read and re-hashed.
        var checked = 0
        /// Blobs whose content no longer matches their hash (changed after storing).
        var mismatched: [String] = []
        /// Blobs referred to but not stored.
        var missing: [String] = []

        var isClean: Bool { mismatched.isEmpty && missing.isEmpty }
    }

    static func verify(_ store: any BlobStore, referenced: Set<String>) async throws -> Report {
        var report = Report()
        let stored = try await store.hashes()
        for hash in stored {
            var hasher = SHA256()
            try await store.read(hash) { chunk in hasher.update(data: Data(buffer: chunk, byteTransferStrategy: .noCopy)) }
            report.checked += 1
            if hex(hasher.finalize()) != hash { report.mismatched.append(hash) }
        }
        report.missing = referenced.subtracting(stored).sorted()
        return report
    }

    /// A digest as lower-case hex.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
