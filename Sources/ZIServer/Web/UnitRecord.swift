import Fluent
import Vapor
import ZICore

/// A record that belongs to one work unit (a plan, a complaint, a risk …): what the requester
/// may do with it is decided on that unit.
protocol UnitRecord: Model where IDValue == UUID {
    /// The unit the record belongs to.
    var unitID: UUID { get }
}

extension Request {
    /// The record named by the route parameter `parameter` and its unit, once the requester
    /// holds `permission` on that unit — or `exempt` says they need not (the record's assignee,
    /// its reporter): 404 when there is no such record, 403 when refused. The one loader behind
    /// every "record + unit + permission" route.
    func unitRecord<Record: UnitRecord>(
        _ type: Record.Type, _ parameter: String, requiring permission: Permission,
        exempt: (Record, _ requester: UUID?) -> Bool = { _, _ in false }
    ) async throws -> (Record, WorkUnit) {
        guard let id = parameters.get(parameter, as: UUID.self), let record = try await Record.find(id, on: db) else {
            throw AppError.notFound
        }
        let unit = try await UnitVisibility.unit(record.unitID, on: db)
        if !exempt(record, try? currentUser().id) { try await require(permission, on: unit.accessTarget) }
        return (record, unit)
    }
}
