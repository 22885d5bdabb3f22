import Vapor
import ZICore

/// `/holidays`: the working-day calendar of a year — every day off with its kind and the decree
/// it comes from, days still to be checked against the decree marked — readable by every staff
/// user; the super-admin adds, moves, removes and confirms days (each change audited).
struct HolidayWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.holidays, use: show)
        routes.post(.holidays, use: add)
        routes.post(.holidayMove, use: move)
        routes.post(.holidayDelete, use: remove)
        routes.post(.holidaysVerify, use: verify)
    }

    struct Day: Encodable {
        let date: String
        let weekday: String
        let name: String
        let kind: String
        let source: String?
        let needsVerification: Bool
        let onWeekend: Bool
    }

    struct View: Encodable {
        let year: Int
        /// The neighbouring years, nil beyond the years SIZI keeps.
        let previousYear: Int?
        let nextYear: Int?
        let days: [Day]
        let workingDays: Int
        let unverified: Int
        let manage: Bool
        let kinds: [Choice]
        let form: FormState
    }

    struct AddForm: Content {
        var date: String?
        var name: String?
        var kind: String?
    }

    func show(req: Request) async throws -> Response {
        try await render(year: try req.queryYear(default: req.clock.today().year), form: FormState(), req: req)
    }

    func add(req: Request) async throws -> Response {
        try await req.require(.manageHolidays, on: .installation)
        let form = try req.content.decode(AddForm.self)
        let date = form.date.flatMap(CalendarDate.init(iso:))
        let year = date?.year ?? req.clock.today().year
        return try await WebPage.submit(
            req, typed: form, show: { state, status in try await render(year: year, form: state, req: req, status: status) }
        ) {
            guard let date else { throw AppError.validation([FieldError(field: "date", key: "validation.date")]) }
            try await req.writeAsUser { actor, db in try await Holidays.set(date, name: form.name, kind: form.kind, by: actor, on: db) }
            req.application.holidayCache.invalidate()
            return WebPage.redirect(req, to: SitePath.holidays.path() + "?year=\(date.year)", notice: "saved")
        }
    }

    func move(req: Request) async throws -> Response {
        try await req.require(.manageHolidays, on: .installation)
        let date = try Self.date(req)
        let fields = try req.content.decode([String: String].self)
        let newDate = fields["newDate"].flatMap(CalendarDate.init(iso:))
        return try await WebPage.submit(
            req, values: fields, show: { state, status in try await render(year: date.year, form: state, req: req, status: status) }
        ) {
            try await req.writeAsUser { actor, db in try await Holidays.move(date, to: newDate, by: actor, on: db) }
            req.application.holidayCache.invalidate()
            return WebPage.redirect(req, to: SitePath.holidays.path() + "?year=\((newDate ?? date).year)", notice: "saved")
        }
    }

    func remove(req: Request) async throws -> Response {
        try await req.require(.manageHolidays, on: .installation)
        let date = try Self.date(req)
        try await req.writeAsUser { actor, db in try await Holidays.remove(date, by: actor, on: db) }
        req.application.holidayCache.invalidate()
        return WebPage.redirect(req, to: SitePath.holidays.path() + "?year=\(date.year)", notice: "deleted")
    }

    func verify(req: Request) async throws -> Response {
        try await req.require(.manageHolidays, on: .installation)
        let year = try req.content.decode([String: String].self)["year"].flatMap(Int.init) ?? req.clock.today().year
        guard QueryBounds.years.contains(year) else { throw AppError.validation([FieldError(field: "year", key: "validation.year")]) }
        try await req.writeAsUser { actor, db in try await Holidays.verify(year, by: actor, on: db) }
        return WebPage.redirect(req, to: SitePath.holidays.path() + "?year=\(year)", notice: "saved")
    }

    private func render(year: Int, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let holidays = try await Holidays.days(of: year, on: req.db)
        let calendar = WorkingCalendar(holidays: Set(holidays.compactMap { CalendarDate(iso: $0.date) }))
        let names = req.names
        let days = holidays.compactMap { holiday -> Day? in
            guard let date = CalendarDate(iso: holiday.date) else { return nil }
            return Day(
                date: holiday.date, weekday: req.t("weekday.\(date.weekday.rawValue)"), name: holiday.name,
                kind: names(HolidayKind.self, raw: holiday.kind ?? HolidayKind.lainnya.rawValue), source: holiday.source,
                needsVerification: holiday.needsVerification == true, onWeekend: date.weekday.isWeekend)
        }
        let chosen = form.values["kind"] ?? HolidayKind.liburNasional.rawValue
        let view = View(
            year: year, previousYear: QueryBounds.years.contains(year - 1) ? year - 1 : nil,
            nextYear: QueryBounds.years.contains(year + 1) ? year + 1 : nil, days: days, workingDays: calendar.workingDays(inYear: year),
            unverified: days.filter(\.needsVerification).count, manage: try await req.may(.manageHolidays, on: .installation),
            kinds: HolidayKind.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == chosen) },
            form: form)
        return try await WebPage.render("holidays/index", title: "\(req.t("holiday.title")) \(year)", view, req: req, status: status)
    }

    private static func date(_ req: Request) throws -> CalendarDate {
        guard let date = req.parameters.get("date").flatMap(CalendarDate.init(iso:)) else { throw AppError.notFound }
        return date
    }
}
