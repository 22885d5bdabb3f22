import Vapor
import ZICore

extension Request {
    /// The period a request asks for: `?period=` as a key (`2026-M03`, `2026-Q1`, `2026-S2`),
    /// or `?month=YYYY-MM`; the current month when neither is given.
    func reportPeriod() throws -> MonitoringPeriod {
        if let key = query[String.self, at: "period"], !key.isEmpty {
            guard let period = MonitoringPeriod(key: key) else {
                throw AppError.validation([FieldError(field: "period", key: "validation.report_period")])
            }
            return period
        }
        if let text = query[String.self, at: "month"], !text.isEmpty {
            guard let date = CalendarDate(iso: text + "-01") else {
                throw AppError.validation([FieldError(field: "month", key: "validation.month")])
            }
            return MonitoringCadence.bulanan.period(containing: date)
        }
        return MonitoringCadence.bulanan.period(containing: clock.today())
    }
}
