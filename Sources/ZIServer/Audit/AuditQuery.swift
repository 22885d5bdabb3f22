import Fluent
import Vapor
import ZICore

/// Filters for reading the audit trail (`?entity=&action=&actor=&unitID=&from=YYYY-MM-DD&to=YYYY-MM-DD&page=&per=`).
struct AuditFilter: Sendable {
    var entity: String?
    var action: String?
    var actor: String?
    var unitID: UUID?
    var from: String?
    var to: String?

    init(_ req: Request) {
        func text(_ key: String) -> String? {
            guard let value = req.query[String.self, at: key]?.trimmingCharacters(in: .whitespaces),
                !value.isEmpty
            else { return nil }
            return String(value.prefix(100))
        }
        entity = text("entity")
        action = text("action")
        actor = text("actor")
        unitID = req.query[UUID.self, at: "unitID"]
        from = text("from").flatMap { CalendarDate(iso: $0) == nil ? nil : $0 }
        to = text("to").flatMap { CalendarDate(iso: $0) == nil ? nil : $0 }
    }
}

/// An audit entry as the API and the admin page show it.
struct AuditEntryDTO: Content, Sendable {
    let seq: Int
    let at: Date
    let actorName: String
    let instansiID: UUID?
    let unitID: UUID?
    let entity: String
    let entityID: String?
    let action: String
    let before: String?
    let after: String?
    let hash: String

    init(_ entry: AuditEntry) {
        seq = entry.seq
        at = Date(timeIntervalSince1970: Double(entry.atMillis) / 1000)
        actorName = entry.actorName
        instansiID = entry.instansiID
        unitID = entry.unitID
        entity = entry.entity
        entityID = entry.entityID
        action = entry.action
        before = entry.beforeJSON
        after = entry.afterJSON
        hash = entry.hash
    }
}

/// Reads the audit trail within what the requester may see: everything for a
/// super-admin, the entries of their agencies for an agency admin.
enum AuditQuery {
    static func page(_ req: Request, filter: AuditFilter, page: PageRequest) async throws -> ListPage<AuditEntryDTO> {
        let grants = try await req.grants()
        var query = AuditEntry.query(on: req.db)
        if !AccessPolicy.allows(grants, .viewAudit, on: .installation) {
            let instansiIDs = grants.compactMap { grant -> UUID? in
                guard case .instansi(let id) = grant.scope,
                    AccessPolicy.allows(grants, .viewAudit, on: .instansi(id))
                else { return nil }
                return id
            }
            guard !instansiIDs.isEmpty else { throw AppError.forbidden }
            query = query.filter(\.$instansiID ~~ instansiIDs)
        }
        if let entity = filter.entity { query = query.filter(\.$entity == entity) }
        if let action = filter.action { query = query.filter(\.$action == action) }
        if let actor = filter.actor { query = query.filter(\.$actorName == actor) }
        if let unitID = filter.unitID { query = query.filter(\.$unitID == unitID) }
        if let from = filter.from.flatMap(millis) { query = query.filter(\.$atMillis >= from) }
        if let to = filter.to.flatMap(millis) { query = query.filter(\.$atMillis < to + 86_400_000) }
        let total = try await query.count()
        let items = try await query.sort(\.$seq, .descending).range(page.offset..<(page.offset + page.per)).all()
        return ListPage(items: items.map(AuditEntryDTO.init), page: page.page, per: page.per, total: total)
    }

    /// Midnight (Western Indonesia Time, UTC+7) of a `YYYY-MM-DD` date, in epoch milliseconds.
    private static func millis(_ date: String) -> Int64? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: date).map { Int64($0.timeIntervalSince1970 * 1000) }
    }
}
