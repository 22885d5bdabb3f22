import Foundation

/// How a received file that is not kept is got rid of: removed, or — for plaintext that must
/// not survive on the disk (a WBS attachment before encryption) — overwritten first.
enum UploadDisposal: Sendable {
    case remove
    case shred

    func dispose(_ url: URL) {
        switch self {
        case .remove: try? FileManager.default.removeItem(at: url)
        case .shred: PlaintextShredder.shred(url)
        }
    }
}
