import Vapor
import ZICore

/// Warns every staff page while this year has no day off recorded: until the year's national
/// holidays and collective leave are in, every working-day deadline (complaint stages,
/// gratification reports, the UPG's forwarding to KPK) comes out too early.
struct HolidayCalendarWarning: PageWarningSource {
    func warning(req: Request) async throws -> PageWarning? {
        let year = req.clock.today().year
        let calendar = try await req.application.holidayCache.calendar(on: req.db)
        guard !calendar.holidays.contains(where: { $0.year == year }) else { return nil }
        return PageWarning(
            text: req.t("holiday.missing_year", [String(year)]), link: SitePath.holidays.path() + "?year=\(year)",
            linkLabel: req.t("holiday.open"))
    }
}
