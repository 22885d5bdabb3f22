import Foundation
import Vapor
import ZICore
import ZIDocuments

/// What describes a piece of evidence, as a form or the API (query of an upload, or a JSON
/// body) sends it, before validation.
struct EvidenceMetadata: Content {
    var title: String?
    var description: String?
    var kind: String?
    var documentNumber: String?
    var documentDate: String?
    /// Comma-separated.
    var tags: String?

    /// The checked values.
    struct Checked: Sendable {
        let title: String
        let description: String?
        let kind: EvidenceKind
        let documentNumber: String?
        let documentDate: CalendarDate?
        let tags: [String]
    }

    /// Checks every field, reporting all problems at once.
    func checked() throws -> Checked {
        var validator = Validator()
        let title = validator.required("title", title, max: 300)
        let description = validator.optional("description", description, max: 4000)
        let kind = EvidenceKind(rawValue: kind.flatMap { $0.isEmpty ? nil : $0 } ?? EvidenceKind.lainnya.rawValue)
        if kind == nil { validator.add("kind", "validation.choice") }
        let number = validator.optional("documentNumber", documentNumber, max: 200)
        let date = documentDate.flatMap { $0.isEmpty ? nil : $0 }
        let parsedDate = date.flatMap(CalendarDate.init(iso:))
        if date != nil, parsedDate == nil { validator.add("documentDate", "validation.date") }
        let tagList = Array(
            Set(
                (tags ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    .filter { !$0.isEmpty })
        ).sorted()
        if tagList.count > 20 || tagList.contains(where: { $0.count > 50 }) { validator.add("tags", "validation.tags") }
        try validator.check()
        return Checked(
            title: title!, description: description, kind: kind!, documentNumber: number, documentDate: parsedDate,
            tags: tagList)
    }
}
