/// A kind of file accepted as evidence (data dukung) for an LKE answer.
///
/// The type of an uploaded file is decided from its content by ``EvidenceFileSniffer``, never
/// from its name; the name's extension is only compared with it.
public enum EvidenceFileType: String, CaseIterable, Sendable, Codable {
    case pdf, docx, xlsx, pptx, odt, ods, jpeg, png, mp4

    /// The IANA media type, for `Content-Type` headers.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .mp4: "video/mp4"
        }
    }

    /// The usual file extension, without the dot (`jpg` for JPEG).
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        default: rawValue
        }
    }

    /// Every extension (lower case, without the dot) a file of this type may carry.
    var acceptedExtensions: Set<String> {
        switch self {
        case .jpeg: ["jpg", "jpeg"]
        default: [fileExtension]
        }
    }

    /// The name shown to people, e.g. `Dokumen Word (DOCX)`.
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .docx: "Dokumen Word (DOCX)"
        case .xlsx: "Lembar Kerja Excel (XLSX)"
        case .pptx: "Presentasi PowerPoint (PPTX)"
        case .odt: "Dokumen OpenDocument (ODT)"
        case .ods: "Lembar Kerja OpenDocument (ODS)"
        case .jpeg: "Gambar JPEG"
        case .png: "Gambar PNG"
        case .mp4: "Video MP4"
        }
    }

    /// Whether browsers show the file themselves (PDF, JPEG, PNG), so it can be previewed inline.
    public var isPreviewableInline: Bool {
        switch self {
        case .pdf, .jpeg, .png: true
        default: false
        }
    }

    /// Whether the content is compressed already (images, video, and the office formats, which
    /// are ZIP packages), so compressing it again would only cost time.
    var isCompressed: Bool {
        self != .pdf
    }
}
