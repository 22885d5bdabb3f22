extension CalendarDate {
    /// The same day `months` (≥ 0) months later, or the month's last day when it is shorter
    /// (30 November + 3 months = 28 or 29 February); clamped to the last year a date may have.
    public func adding(months: Int) -> CalendarDate {
        precondition(months >= 0, "months are only added")
        let index = min((year - 1) * 12 + (month - 1) + months, Self.years.upperBound * 12 - 1)
        let (newYear, newMonth) = (index / 12 + 1, index % 12 + 1)
        return CalendarDate(checkedYear: newYear, month: newMonth, day: min(day, Self.daysIn(year: newYear, month: newMonth)))
    }
}
