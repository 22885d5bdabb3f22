import Foundation
import ZICore
import ZIDocuments

/// A checked file kept in the blob store, ready to become an evidence version or an attachment.
struct StoredFile: Sendable {
    let sha256: String
    let size: Int64
    let type: EvidenceFileType
    let fileName: String
}

/// The name an uploaded file is shown under.
enum UploadFileName {
    /// The file name of an upload, made safe for display, or a validation error naming `field`.
    static func checked(_ raw: String?, field: String = "fileName") throws -> String {
        guard let name = raw.flatMap(EvidenceFileName.displayName) else {
            throw AppError.validation([FieldError(field: field, key: "validation.file_name")])
        }
        return name
    }
}
