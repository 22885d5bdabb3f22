import Foundation
import Vapor
import ZICore

/// A planned control action as the form or the API sends it: what, the owner (a user of the
/// unit by id, or a name as written) and the due date.
struct RiskActionInput: Content {
    var description: String?
    var ownerID: String?
    var ownerName: String?
    var dueOn: String?

    /// The input once every field is valid.
    struct Checked: Sendable {
        let description: String
        let ownerID: UUID?
        let ownerName: String?
        let dueOn: String?
    }

    /// Checks the fields; the owner must be one of `eligibleOwners` (the unit's users) or a name.
    func checked(eligibleOwners: Set<UUID>) throws -> Checked {
        var validator = Validator()
        let text = description?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if text.isEmpty || text.count > 2000 { validator.add("description", "validation.risk_action_description", ["2000"]) }
        let owner = ownerID.flatMap { $0.isEmpty ? nil : $0 }
        let ownerUUID = owner.flatMap(UUID.init(uuidString:))
        if owner != nil && !(ownerUUID.map(eligibleOwners.contains) ?? false) { validator.add("ownerID", "validation.pic_unknown") }
        let name = validator.optional("ownerName", ownerName, max: 200)
        if owner == nil && name == nil { validator.add("ownerName", "validation.risk_action_owner") }
        let due = dueOn.flatMap { $0.isEmpty ? nil : $0 }
        if let due, CalendarDate(iso: due) == nil { validator.add("dueOn", "validation.risk_action_due") }
        try validator.check()
        return Checked(description: text, ownerID: ownerUUID, ownerName: name, dueOn: due)
    }
}
