import Fluent
import Vapor
import ZICore

/// An employee signs their own pakta integritas of the year in SIZI (`/pakta`, API
/// `/api/v1/pakta`): the logged-in user's employee record (linked on the employee register)
/// gets the year's signature, dated today and audited. The register keepers can still record
/// a signed scan for those without an account.
struct PactSigningController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get("pakta") { req in
            try await WebPage.render("registers/pact", title: req.t("pact.title"), try await Self.status(req), req: req)
        }
        routes.post("pakta", "sign") { req -> Response in
            try await Self.sign(req)
            return WebPage.redirect(req, to: "/pakta", notice: "saved")
        }
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get("pakta") { req in try await Self.status(req) }
        routes.post("pakta", "sign") { req -> PactStatus in
            try await Self.sign(req)
            return try await Self.status(req)
        }
    }

    /// Whether the user has an employee record, and whether it signed this year's pact.
    struct PactStatus: Content {
        let year: Int
        let employeeName: String?
        let unitName: String?
        let signedOn: String?
    }

    /// The requester's pact of this year.
    static func status(_ req: Request) async throws -> PactStatus {
        let year = WIBTime.today().year
        guard let employee = try await employee(req) else { return PactStatus(year: year, employeeName: nil, unitName: nil, signedOn: nil) }
        let unit = try await employee.$unit.get(on: req.db)
        let pact = try await IntegrityPact.query(on: req.db).filter(\.$employee.$id == employee.id!).filter(\.$year == year).first()
        return PactStatus(year: year, employeeName: employee.name, unitName: unit.name, signedOn: pact?.signedOn)
    }

    private static func sign(_ req: Request) async throws {
        guard let employee = try await employee(req) else { throw AppError(.conflict, code: "pact_no_employee") }
        let unit = try await employee.$unit.get(on: req.db)
        let today = WIBTime.today()
        try await req.writeAsUser { actor, db in
            let input = RegisterService.Input(employeeID: employee.id!.uuidString, date: today.description, method: "Ditandatangani sendiri di SIZI")
            try await RegisterService.signPact(input, year: today.year, unit: unit, by: actor, on: db)
        }
    }

    /// The active employee record linked to the logged-in user.
    private static func employee(_ req: Request) async throws -> Employee? {
        try await Employee.query(on: req.db).filter(\.$user.$id == (try req.currentUser().id)).filter(\.$isActive == true).first()
    }
}
