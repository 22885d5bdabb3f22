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
