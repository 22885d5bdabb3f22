import Vapor
import ZICore

/// Who gives or takes a role: a logged-in account, checked against its own grants by
/// ``GrantAuthority``, or the command line on the host, which is trusted (it can read the database anyway).
package enum Grantor: Sendable {
    case account(CurrentUser)
    case host(AuditActor)

    /// The actor the audit trail names.
    var actor: AuditActor {
        switch self {
        case .account(let current): current.actor
        case .host(let actor): actor
        }
    }
}

extension Request {
    /// The logged-in user as a grantor, or 401.
    func grantor() throws -> Grantor { .account(try currentUser()) }
}
