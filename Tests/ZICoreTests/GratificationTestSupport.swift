import XCTest
@testable import ZICore

/// Shared fixtures of the gratification tests: dates, a calendar and gifts to decide.
enum GratificationFixtures {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    /// Weekends plus two holidays: Wednesday 12 March and Monday 12 May 2025.
    static let calendar = WorkingCalendar(holidays: [date(2025, 3, 12), date(2025, 5, 12)])

    /// A gift received on 14 June 2025 from a friend, as cash, in the given category.
    static func gift(
        _ categoryID: String?, value: Int, relation: GiverRelation = .teman, form: GratificationForm = .uang,
        date: CalendarDate = date(2025, 6, 14), kind: GratificationReportKind = .diterima, earlier: Int = 0,
        conflictOfInterest: Bool = false
    ) -> GiftDescription {
        GiftDescription(
            kind: kind, categoryID: categoryID, relation: relation, form: form, value: value, date: date,
            earlierValueFromGiverThisYear: earlier, conflictOfInterest: conflictOfInterest)
    }

    /// A period with one category, for validator tests.
    static func period(
        _ id: String, from: CalendarDate?, until: CalendarDate?, categories: [GratificationCategory] = [category("hidangan")]
    ) -> GratificationRulePeriod {
        GratificationRulePeriod(
            id: id, source: "Peraturan uji", validFrom: from, validUntil: until, needsVerification: false,
            note: nil, categories: categories)
    }

    static func category(
        _ id: String, perGift: Int? = nil, perYear: Int? = nil, relations: [GiverRelation]? = nil
    ) -> GratificationCategory {
        GratificationCategory(
            id: id, clause: "huruf x", label: "Kategori \(id)", description: "Uraian \(id)", maxValuePerGift: perGift,
            maxValuePerGiverPerYear: perYear, excludesMoney: false, requiresNoConflictOfInterest: false,
            relations: relations, conditions: [])
    }
}
