extension CalendarDate {
    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01, day number 0, was a Thursday (ISO 4).
        Weekday(rawValue: (dayNumber + 3).modulo(7) + 1)!
    }

    /// The number of days from 1970-01-01 to this date (negative before it), by the
    /// days-from-civil algorithm of Howard Hinnant (proleptic Gregorian calendar).
    public var dayNumber: Int {
        let yearFromMarch = month <= 2 ? year - 1 : year // ≥ 0, since years start at 1
        let era = yearFromMarch / 400
        let yearOfEra = yearFromMarch - era * 400 // 0 … 399
        let monthFromMarch = (month + 9) % 12 // March 0 … February 11
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1 // 0 … 365
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Int {
    /// The remainder of dividing by `divisor` (> 0), never negative: `-1.modulo(7)` is 6.
    func modulo(_ divisor: Int) -> Int {
        (self % divisor + divisor) % divisor
    }
}
