import Foundation
import Vapor

/// A CSV or XLSX table uploaded in a form's `file` field (a work plan, an employee list): its
/// name (at most 200 characters) and content, or a clear refusal when no file or another kind
/// of file was sent.
struct UploadedTable {
    let name: String
    let data: Data

    private struct Form: Content {
        var file: File?
    }

    init(_ req: Request) throws {
        guard let file = try req.content.decode(Form.self).file, file.data.readableBytes > 0 else {
            throw AppError.validation([FieldError(field: "file", key: "validation.file_required")])
        }
        name = String(file.filename.prefix(200))
        guard [".csv", ".xlsx"].contains(where: name.lowercased().hasSuffix) else {
            throw AppError.validation([FieldError(field: "file", key: "validation.file_plan")])
        }
        data = Data(buffer: file.data)
    }
}
