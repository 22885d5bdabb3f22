import ZICore

extension XLSXValue {
    /// The serial number of 1970-01-01 in the 1900 date system of spreadsheets.
    private static let serialOf1970 = 25_569

    /// `date` as a spreadsheet date: its serial number in the 1900 date system (days since
    /// 30 December 1899; 22 November 2026 is 46348). Show it with ``XLSXNumberFormat/date``.
    /// Exact from 1 March 1900 on: spreadsheets count a 29 February 1900 that never was.
    public static func date(_ date: CalendarDate) -> XLSXValue {
        .number(Double(date.dayNumber + serialOf1970))
    }
}
