import Fluent
import Vapor
import ZICore

/// Whether a user has an employee record, and whether it signed this year's pakta integritas
/// (not yet signed: a reminder on *Tugas Saya*).
struct PactStatus: Content {
    let year: Int
    let employeeName: String?
    let unitName: String?
    let signedOn: String?

    /// `user`'s pact of the year of `today`.
    static func of(user: UUID, today: CalendarDate, on db: any Database) async throws -> PactStatus {
        let year = today.year
        guard let employee = try await employee(of: user, on: db) else {
            return PactStatus(year: year, employeeName: nil, unitName: nil, signedOn: nil)
        }
        let unit = try await employee.$unit.get(on: db)
        let pact = try await IntegrityPact.query(on: db).filter(\.$employee.$id == employee.id!).filter(\.$year == year).first()
        return PactStatus(year: year, employeeName: employee.name, unitName: unit.name, signedOn: pact?.signedOn)
    }

    /// The active employee record linked to `user`.
    static func employee(of user: UUID, on db: any Database) async throws -> Employee? {
        try await Employee.query(on: db).filter(\.$user.$id == user).filter(\.$isActive == true).first()
    }
}
