/// What one part of a timing phrase comes to once years and units are filled in.
enum SegmentOutcome: Equatable, Sendable {
    /// Due dates, the span of a range or recurrence, and the recurrence itself.
    case scheduled(dueDates: [CalendarDate], span: CalendarSpan?, recurrence: PeriodRecurrence?)
    /// A bare year that only gives the year of the part before it: the `2021` of `Juli, 2021`.
    case yearOfPrevious
    /// Not readable, or readable but impossible (`30 Februari`, `Oktober - Januari` with both years, `Triwulan V`).
    case unreadable
}

/// Turns the expressions read from the parts of one phrase into schedules, filling in
/// what the parts leave to each other:
///
/// - a bare year right after a part without a year is that part's year (`Juli, 2021`);
/// - an ordinal without a unit takes the unit of the part before (`Semester I dan II`);
/// - a part without a year takes the first year written in the nearest following part
///   (`Maret, Juni, September, Desember 2025`), else the last year of the nearest preceding
///   part (`Januari 2021, Maret`), else the plan year.
struct PeriodResolver {
    /// The plan year, for parts that name no year and have no neighbour that does.
    /// Ignored (such parts become unreadable) when outside `PeriodVocabulary.years`.
    let planYear: Int

    func outcomes(of expressions: [PeriodExpression?]) -> [SegmentOutcome] {
        let unitsFilled = fillingUnits(expressions)
        return expressions.indices.map { index in
            guard let expression = unitsFilled[index] else { return .unreadable }
            if givesYearOfPrevious(at: index, in: expressions) { return .yearOfPrevious }
            guard let year = expression.writtenYears.first ?? inheritedYear(at: index, in: expressions) else {
                return .unreadable
            }
            return schedule(expression.withYears(inherited: year)) ?? .unreadable
        }
    }

    private func fillingUnits(_ expressions: [PeriodExpression?]) -> [PeriodExpression?] {
        var carried: PeriodUnit?
        return expressions.map { expression in
            let filled = expression?.withUnits(carried: carried)
            carried = filled?.lastUnit
            return filled
        }
    }

    private func givesYearOfPrevious(at index: Int, in expressions: [PeriodExpression?]) -> Bool {
        guard index > 0, case .single(let term)? = expressions[index], term.isBareYear,
            let previous = expressions[index - 1]
        else { return false }
        return previous.writtenYears.isEmpty
    }

    private func inheritedYear(at index: Int, in expressions: [PeriodExpression?]) -> Int? {
        let following = expressions[(index + 1)...].lazy.compactMap { $0?.writtenYears.first }.first
        let preceding = expressions[..<index].reversed().lazy.compactMap { $0?.writtenYears.last }.first
        return following ?? preceding ?? (PeriodVocabulary.years.contains(planYear) ? planYear : nil)
    }

    /// The schedule of an expression whose years are all filled in; `nil` when impossible.
    private func schedule(_ expression: PeriodExpression) -> SegmentOutcome? {
        switch expression {
        case .single(let term):
            guard let day = term.day else {
                return period(term).map { .scheduled(dueDates: [$0.end], span: nil, recurrence: nil) }
            }
            return term.year.flatMap { CalendarDate(year: $0, month: term.index, day: day) }
                .map { .scheduled(dueDates: [$0], span: nil, recurrence: nil) }
        case .range(let first, let last):
            guard first.day == nil, last.day == nil, let start = period(first), let end = period(last) else { return nil }
            let periods = start.through(end)
            guard !periods.isEmpty else { return nil }
            return .scheduled(dueDates: periods.map(\.end), span: CalendarSpan(start: start.start, end: end.end), recurrence: nil)
        case .recurrence(let interval, let year):
            guard let year else { return nil }
            let months = stride(from: interval, through: 12, by: interval)
            return .scheduled(
                dueDates: months.map { CalendarDate.endOf(year: year, month: $0) },
                span: CalendarSpan(start: .startOf(year: year, month: 1), end: .endOf(year: year, month: 12)),
                recurrence: PeriodRecurrence(intervalMonths: interval))
        }
    }

    private func period(_ term: PeriodTerm) -> Period? {
        guard let unit = term.unit, let year = term.year else { return nil }
        return Period(unit: unit, year: year, index: term.index)
    }
}
