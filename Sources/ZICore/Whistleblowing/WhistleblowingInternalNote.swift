import Foundation

/// A handler's internal note on a report: stored encrypted under the report key with its own
/// label, so it can never be opened as a ``WhistleblowingMessage``; the server never shows it on
/// the reporter's pages.
public struct WhistleblowingInternalNote: SealableReportContent, Equatable {
    /// The note.
    public var text: String
    /// Who wrote it (the handler's display name), kept inside the ciphertext.
    public var author: String
    /// When it was written.
    public var writtenAt: Date

    /// A note as written.
    public init(text: String, author: String, writtenAt: Date) {
        self.text = text
        self.author = author
        self.writtenAt = writtenAt
    }

    /// The label authenticated with a sealed note.
    public static let sealingLabel = "sizi.wbs.internal-note.v1"
}
