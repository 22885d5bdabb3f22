import Vapor

/// The admin page that lists and filters the audit trail.
struct AuditWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.audit, use: index)
    }

    struct IndexView: Encodable {
        let entries: [AuditEntryDTO]
        let filter: [String: String]
        let page: Int
        let pages: Int
        let total: Int
        let prevQuery: String?
        let nextQuery: String?
    }

    func index(req: Request) async throws -> Response {
        let filter = AuditFilter(req)
        let request = try PageRequest(req)
        let page = try await AuditQuery.page(req, filter: filter, page: request)
        let values: [String: String] = [
            "entity": filter.entity ?? "", "action": filter.action ?? "", "actor": filter.actor ?? "",
            "from": filter.from ?? "", "to": filter.to ?? "",
        ]
        let pages = max(1, (page.total + request.per - 1) / request.per)
        func query(_ number: Int) -> String {
            var components = URLComponents()
            components.queryItems =
                values.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
                .map { URLQueryItem(name: $0.key, value: $0.value) } + [URLQueryItem(name: "page", value: String(number))]
            return components.percentEncodedQuery ?? ""
        }
        let view = IndexView(
            entries: page.items, filter: values, page: page.page, pages: pages, total: page.total,
            prevQuery: page.page > 1 ? query(page.page - 1) : nil,
            nextQuery: page.page < pages ? query(page.page + 1) : nil)
        return try await WebPage.render("audit/index", title: req.t("nav.audit"), view, req: req)
    }
}
