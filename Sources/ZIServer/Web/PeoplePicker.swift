import Fluent
import Foundation

/// The people of a unit who may be named responsible for something (an action's PIC, a
/// follow-up's owner, a complaint's handler, a risk control's owner, an employee's account):
/// the active users holding a role in the unit, by name.
enum PeoplePicker {
    static func people(of unit: WorkUnit, on db: any Database) async throws -> [User] {
        let ids = try await RoleAssignment.query(on: db).filter(\.$unit.$id == unit.id!).all().map { $0.$user.id }
        guard !ids.isEmpty else { return [] }
        return try await User.query(on: db).filter(\.$id ~~ Set(ids)).filter(\.$isActive == true).sort(\.$displayName).all()
    }

    /// Their ids, to check a submitted choice.
    static func ids(of unit: WorkUnit, on db: any Database) async throws -> Set<UUID> {
        Set(try await people(of: unit, on: db).compactMap(\.id))
    }

    /// Their names as a select's options, `selected` (a user id) marked.
    static func choices(of unit: WorkUnit, selected: String?, on db: any Database) async throws -> [Choice] {
        try await people(of: unit, on: db).map {
            Choice(value: $0.id!.uuidString, label: $0.displayName, selected: $0.id!.uuidString == selected)
        }
    }
}
