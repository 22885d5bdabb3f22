import Foundation
import ZIDocuments

/// Reads an uploaded plan table: XLSX when the bytes are a ZIP archive, CSV otherwise.
package enum PlanFile {
    /// The largest table accepted (a plan of several thousand rows is far below it).
    static let maxBytes = 5 * 1024 * 1024

    package static func parse(_ data: Data) async throws -> PlanImportResult {
        guard !data.isEmpty else { throw AppError(.unprocessableEntity, code: "plan_import_empty") }
        guard data.count <= maxBytes else { throw AppError(.payloadTooLarge, code: "plan_import_too_large", arguments: ["5"]) }
        do {
            return try await OffEventLoop.run {
                data.starts(with: [0x50, 0x4B]) ? try PlanTableImport.parse(xlsx: data) : try PlanTableImport.parse(csv: data)
            }
        } catch {
            throw AppError(.unprocessableEntity, code: "plan_import_unreadable", arguments: [String(describing: error)])
        }
    }
}
