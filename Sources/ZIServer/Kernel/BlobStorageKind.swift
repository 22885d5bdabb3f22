import Foundation

/// The two places blobs can live (`SIZI_EVIDENCE_STORAGE`).
public enum BlobStorageKind: String, Sendable, CaseIterable {
    case filesystem, database
}
