import Fluent
import Vapor

/// One page of a list, with what a client needs to fetch the next.
struct ListPage<Item: Content & Sendable>: Content, Sendable {
    let items: [Item]
    let page: Int
    let per: Int
    let total: Int
}

/// Page number and size from the query string (`?page=1&per=50`), kept within sane bounds.
struct PageRequest: Sendable {
    let page: Int
    let per: Int

    /// Reads `page` and `per`; a value out of bounds is a 400 naming it (see ``QueryBounds``).
    init(_ req: Request, defaultPer: Int = 50) throws {
        page = try req.queryNumber("page", in: QueryBounds.pages) ?? 1
        per = try req.queryNumber("per", in: QueryBounds.perPage) ?? defaultPer
    }

    var offset: Int { (page - 1) * per }
}

extension QueryBuilder {
    /// One page of the query's rows as `Item`s, with the total count (the query's sort applies).
    func page<Item: Content & Sendable>(_ request: PageRequest, _ item: (Model) -> Item) async throws -> ListPage<Item> {
        let total = try await count()
        let rows = try await copy().range(request.offset..<(request.offset + request.per)).all()
        return ListPage(items: rows.map(item), page: request.page, per: request.per, total: total)
    }
}
