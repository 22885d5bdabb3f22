import Fluent
import Vapor
import ZICore

/// `/api/v1/holidays`: the installation's table of public holidays and collective leave days
/// that working-day deadlines skip; read by any logged-in user, kept by the super-admin.
struct HolidayAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.holidays, use: holidays)
        routes.put(.holiday, use: setHoliday)
        routes.delete(.holiday, use: removeHoliday)
        routes.post(.holidayMove, use: moveHoliday)
        routes.post(.holidaysVerify, use: verifyYear)
    }

    struct MoveBody: Content {
        var newDate: String?
    }

    struct VerifyBody: Content {
        var year: Int?
    }

    struct HolidayBody: Content {
        var name: String?
        /// `libur_nasional`, `cuti_bersama` or `lainnya` (the default).
        var kind: String?
    }

    func holidays(req: Request) async throws -> [String: String] {
        let year = try req.queryYear(default: req.clock.today().year)
        return Dictionary(uniqueKeysWithValues: try await Holidays.days(of: year, on: req.db).map { ($0.date, $0.name) })
    }

    func setHoliday(req: Request) async throws -> HTTPStatus {
        try await req.require(.manageHolidays, on: .installation)
        let date = try Self.date(req)
        let body = try req.content.decode(HolidayBody.self)
        try await req.writeAsUser { actor, db in try await Holidays.set(date, name: body.name, kind: body.kind, by: actor, on: db) }
        req.application.holidayCache.invalidate()
        return .noContent
    }

    func removeHoliday(req: Request) async throws -> HTTPStatus {
        try await req.require(.manageHolidays, on: .installation)
        let date = try Self.date(req)
        try await req.writeAsUser { actor, db in try await Holidays.remove(date, by: actor, on: db) }
        req.application.holidayCache.invalidate()
        return .noContent
    }

    func moveHoliday(req: Request) async throws -> HTTPStatus {
        try await req.require(.manageHolidays, on: .installation)
        let date = try Self.date(req)
        let newDate = try req.content.decode(MoveBody.self).newDate.flatMap(CalendarDate.init(iso:))
        try await req.writeAsUser { actor, db in try await Holidays.move(date, to: newDate, by: actor, on: db) }
        req.application.holidayCache.invalidate()
        return .noContent
    }

    func verifyYear(req: Request) async throws -> HTTPStatus {
        try await req.require(.manageHolidays, on: .installation)
        guard let year = try req.content.decode(VerifyBody.self).year, QueryBounds.years.contains(year) else {
            throw AppError.validation([FieldError(field: "year", key: "validation.year")])
        }
        try await req.writeAsUser { actor, db in try await Holidays.verify(year, by: actor, on: db) }
        return .noContent
    }

    private static func date(_ req: Request) throws -> CalendarDate {
        guard let date = req.parameters.get("date").flatMap(CalendarDate.init(iso:)) else {
            throw AppError.validation([FieldError(field: "date", key: "validation.date")])
        }
        return date
    }
}
