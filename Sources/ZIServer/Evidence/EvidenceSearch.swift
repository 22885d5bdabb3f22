import Fluent
import Vapor

/// A page of a unit's evidence, newest change first, searched by `?q=` (title, document
/// number, tags) and filtered by `?kind=`: the list of the API and of the page.
enum EvidenceSearch {
    static func page(of unit: WorkUnit, req: Request, page: PageRequest) async throws -> ListPage<EvidenceSummaryDTO> {
        var query = Evidence.query(on: req.db).filter(\.$unit.$id == unit.id!)
        if let q = text(req) {
            query = query.group(.or) {
                $0.filter(\.$title, containsIgnoringCase: q).filter(\.$documentNumber, containsIgnoringCase: q).filter(
                    \.$tags ~~ q.lowercased())
            }
        }
        if let kind = req.query[String.self, at: "kind"], !kind.isEmpty { query = query.filter(\.$kind == kind) }
        let total = try await query.count()
        let items = try await query.sort(\.$updatedAt, .descending).range(page.offset..<(page.offset + page.per)).all()
        return ListPage(items: items.map(EvidenceSummaryDTO.init), page: page.page, per: page.per, total: total)
    }

    /// The search text, trimmed; nil when empty.
    static func text(_ req: Request) -> String? {
        let q = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        return q.isEmpty ? nil : q
    }
}
