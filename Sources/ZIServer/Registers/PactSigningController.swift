import Fluent
import Vapor
import ZICore

/// An employee signs their own pakta integritas of the year in SIZI (`/pact`, API
/// `/api/v1/pact`): the logged-in user's employee record (linked on the employee register)
/// gets the year's signature, dated today and audited. The register keepers can still record
/// a signed scan for those without an account.
struct PactSigningController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.pact) { req in
            try await WebPage.render("registers/pact", title: req.t("pact.title"), try await Self.status(req), req: req)
        }
        routes.post(.pactSign) { req -> Response in
            try await Self.sign(req)
            return WebPage.redirect(req, to: SitePath.pact.path(), notice: "saved")
        }
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.pact) { req in try await Self.status(req) }
        routes.post(.pactSign) { req -> PactStatus in
            try await Self.sign(req)
            return try await Self.status(req)
        }
    }

    private static func status(_ req: Request) async throws -> PactStatus {
        try await PactStatus.of(user: try req.currentUser().id, today: req.clock.today(), on: req.db)
    }

    private static func sign(_ req: Request) async throws {
        guard let employee = try await PactStatus.employee(of: try req.currentUser().id, on: req.db) else {
            throw AppError(.conflict, code: "pact_no_employee")
        }
        let unit = try await employee.$unit.get(on: req.db)
        let today = req.clock.today()
        try await req.writeAsUser { actor, db in
            let input = RegisterService.Input(
                employeeID: employee.id!.uuidString, date: today.description, method: "Ditandatangani sendiri di SIZI")
            try await RegisterService.signPact(input, year: today.year, unit: unit, by: actor, on: db)
        }
    }
}
