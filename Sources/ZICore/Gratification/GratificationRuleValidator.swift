/// Checks the periods of gratification rules before use; every problem is reported, not just
/// the first:
///
/// - each period has an `id` and a `source`, ids are unique, and it has at least one category;
/// - `validFrom` is not after `validUntil`, and no two periods (of those in order) share a day;
/// - category ids are unique within a period; `id`, `clause`, `label` and `description` are filled in;
/// - the procedure's working days, when given, are 1–365;
/// - limits are above 0 Rupiah, the per-gift limit is not above the yearly one, and a list of
///   giver relations, when given, is not empty.
public enum GratificationRuleValidator {
    /// Every problem in `periods`; empty when they are valid.
    public static func issues(in periods: [GratificationRulePeriod]) -> [GratificationRuleIssue] {
        var issues: [GratificationRuleIssue] = []
        var seen = Set<String>()
        for period in periods {
            if !seen.insert(period.id).inserted { issues.append(.duplicatePeriod(period.id)) }
            issues += periodIssues(period)
        }
        let ordered = periods.filter { !isReversed($0) }
        for (index, first) in ordered.enumerated() {
            for second in ordered[(index + 1)...] where overlap(first, second) {
                issues.append(.overlappingPeriods(first.id, second.id))
            }
        }
        return issues
    }

    private static func periodIssues(_ period: GratificationRulePeriod) -> [GratificationRuleIssue] {
        var issues: [GratificationRuleIssue] = []
        for (field, value) in [("id", period.id), ("source", period.source)] where isBlank(value) {
            issues.append(.emptyPeriodField(period: period.id, field: field))
        }
        if period.categories.isEmpty { issues.append(.noCategories(period: period.id)) }
        if isReversed(period) { issues.append(.reversedValidity(period: period.id)) }
        let days = [
            ("missingDocumentsWorkingDays", period.missingDocumentsWorkingDays), ("lateReportWorkingDays", period.lateReportWorkingDays),
        ]
        for case let (field, value?) in days where !(1...365).contains(value) {
            issues.append(.workingDaysOutOfRange(period: period.id, field: field, value: value))
        }
        var seen = Set<String>()
        for category in period.categories {
            if !seen.insert(category.id).inserted { issues.append(.duplicateCategory(period: period.id, category: category.id)) }
            issues += categoryIssues(category, period: period.id)
        }
        return issues
    }

    private static func categoryIssues(_ category: GratificationCategory, period: String) -> [GratificationRuleIssue] {
        var issues: [GratificationRuleIssue] = []
        let texts = [("id", category.id), ("clause", category.clause), ("label", category.label), ("description", category.description)]
        for (field, value) in texts where isBlank(value) {
            issues.append(.emptyCategoryField(period: period, category: category.id, field: field))
        }
        let limits = [("maxValuePerGift", category.maxValuePerGift), ("maxValuePerGiverPerYear", category.maxValuePerGiverPerYear)]
        for case let (field, value?) in limits where value <= 0 {
            issues.append(.nonPositiveLimit(period: period, category: category.id, field: field, value: value))
        }
        if let perGift = category.maxValuePerGift, let yearly = category.maxValuePerGiverPerYear, perGift > yearly {
            issues.append(.giftLimitAboveYearlyLimit(period: period, category: category.id))
        }
        if category.relations?.isEmpty == true { issues.append(.emptyRelations(period: period, category: category.id)) }
        return issues
    }

    /// Whether two periods share a day; an open end reaches every date on its side.
    private static func overlap(_ first: GratificationRulePeriod, _ second: GratificationRulePeriod) -> Bool {
        func startsAfterEnd(_ start: CalendarDate?, _ end: CalendarDate?) -> Bool {
            guard let start, let end else { return false }
            return start > end
        }
        return !startsAfterEnd(second.validFrom, first.validUntil) && !startsAfterEnd(first.validFrom, second.validUntil)
    }

    /// Whether the period starts after it ends (reported once, and left out of the overlap check).
    private static func isReversed(_ period: GratificationRulePeriod) -> Bool {
        guard let from = period.validFrom, let until = period.validUntil else { return false }
        return from > until
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
