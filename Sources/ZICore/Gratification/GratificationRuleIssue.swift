/// One problem in the gratification rule files, found by ``GratificationRuleValidator``;
/// ``description`` names the period (file id), the category and the field, in Indonesian, so that
/// the UPG editing a file knows what to fix.
public enum GratificationRuleIssue: Equatable, Sendable, CustomStringConvertible {
    /// A required text of the period (`id`, `source`) is empty.
    case emptyPeriodField(period: String, field: String)
    /// Two periods share an id.
    case duplicatePeriod(String)
    /// The period has no category.
    case noCategories(period: String)
    /// The period starts after it ends.
    case reversedValidity(period: String)
    /// Two periods share at least one day, so a date would have two sets of rules.
    case overlappingPeriods(String, String)
    /// Two categories of a period share an id.
    case duplicateCategory(period: String, category: String)
    /// A required text of a category (`id`, `clause`, `label`, `description`) is empty.
    case emptyCategoryField(period: String, category: String, field: String)
    /// A limit in Rupiah is zero or negative.
    case nonPositiveLimit(period: String, category: String, field: String, value: Int)
    /// A procedure's number of working days is outside 1–365.
    case workingDaysOutOfRange(period: String, field: String, value: Int)
    /// The limit per gift is higher than the limit per giver and year.
    case giftLimitAboveYearlyLimit(period: String, category: String)
    /// The category names an empty list of giver relations (it could never apply).
    case emptyRelations(period: String, category: String)

    /// The problem in Indonesian.
    public var description: String {
        switch self {
        case .emptyPeriodField(let period, let field):
            "periode \(period): isian \"\(field)\" kosong"
        case .duplicatePeriod(let period):
            "periode \(period): id yang sama dipakai lebih dari satu berkas"
        case .noCategories(let period):
            "periode \(period): belum ada kategori gratifikasi yang tidak wajib dilaporkan"
        case .reversedValidity(let period):
            "periode \(period): validFrom jatuh sesudah validUntil"
        case .overlappingPeriods(let first, let second):
            "periode \(first) dan \(second) bertumpang tindih; atur validFrom/validUntil agar setiap tanggal hanya masuk satu periode"
        case .duplicateCategory(let period, let category):
            "periode \(period), kategori \(category): id kategori dipakai lebih dari sekali"
        case .emptyCategoryField(let period, let category, let field):
            "periode \(period), kategori \(category): isian \"\(field)\" kosong"
        case .nonPositiveLimit(let period, let category, let field, let value):
            "periode \(period), kategori \(category): \(field) harus lebih dari 0 rupiah (tertulis \(value)); hapus isian bila tidak ada batas"
        case .workingDaysOutOfRange(let period, let field, let value):
            "periode \(period): \(field) harus 1–365 hari kerja (tertulis \(value)); hapus isian bila peraturan tidak mengaturnya"
        case .giftLimitAboveYearlyLimit(let period, let category):
            "periode \(period), kategori \(category): maxValuePerGift lebih besar daripada maxValuePerGiverPerYear"
        case .emptyRelations(let period, let category):
            "periode \(period), kategori \(category): daftar relations kosong; tulis null bila berlaku untuk semua pemberi"
        }
    }
}
