/// What an attachment is (its name can say as much as its content), stored encrypted under the
/// report key next to the attachment's encrypted bytes (see ``AttachmentSealer``).
public struct AttachmentDescription: SealableReportContent, Equatable {
    /// The file name as uploaded.
    public var fileName: String
    /// The media type as sniffed or declared (`application/pdf`).
    public var mediaType: String
    /// The size of the plaintext in bytes.
    public var byteCount: Int

    /// A description of an uploaded file.
    public init(fileName: String, mediaType: String, byteCount: Int) {
        self.fileName = fileName
        self.mediaType = mediaType
        self.byteCount = byteCount
    }

    /// The label authenticated with a sealed description.
    public static let sealingLabel = "sizi.wbs.attachment-description.v1"
}
