import Foundation
import Vapor
import ZICore

/// An employee as listed and sent by the API.
struct EmployeeDTO: Content {
    let id: UUID
    let unitID: UUID
    let nip: String
    /// The NIP with its usual spaces: `19800101 200501 1 001`.
    let nipFormatted: String
    let name: String
    let position: String?
    let echelon: String?
    let grade: String?
    let lhkpnObliged: Bool
    let isActive: Bool

    init(_ employee: Employee) {
        id = employee.id!
        unitID = employee.$unit.id
        nip = employee.nip
        nipFormatted = (try? NIP(employee.nip, currentYear: 9999))?.formatted ?? employee.nip
        name = employee.name
        position = employee.position
        echelon = employee.echelon
        grade = employee.grade
        lhkpnObliged = employee.lhkpnObliged
        isActive = employee.isActive
    }
}
