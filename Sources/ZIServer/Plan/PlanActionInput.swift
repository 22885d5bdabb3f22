import Foundation
import Vapor
import ZICore

/// The fields of an action as a form or an API body sends them, before validation.
struct PlanActionInput: Content {
    var langkahAksi: String?
    /// Evidence items: one per line from a form, or a list from the API.
    var buktiFisik: TextLines?
    var targetWaktu: String?
    var picUserID: String?
    var picText: String?
    var realisasi: String?

    /// The checked values of an action.
    struct Checked: Sendable {
        let langkahAksi: String
        let buktiFisik: [String]
        let targetWaktu: String?
        let picUserID: UUID?
        let picText: String?
        let realisasiPercent: Double?
    }

    static let maxTextLength = 2000
    static let maxEvidenceItems = 30

    /// Checks every field, reporting all problems at once; `eligiblePIC` are the users who may be
    /// named responsible (those holding a role in the plan's unit).
    func checked(eligiblePIC: Set<UUID>) throws -> Checked {
        var validator = Validator()
        let langkah = validator.required("langkahAksi", langkahAksi, max: Self.maxTextLength)
        let items = buktiFisik?.items ?? []
        if items.count > Self.maxEvidenceItems { validator.add("buktiFisik", "validation.too_many", [String(Self.maxEvidenceItems)]) }
        if items.contains(where: { $0.count > 500 }) { validator.add("buktiFisik", "validation.too_long", ["500"]) }
        let target = validator.optional("targetWaktu", targetWaktu, max: 300)
        let team = validator.optional("picText", picText, max: 200)
        var picID: UUID?
        if let raw = picUserID?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let id = UUID(uuidString: raw), eligiblePIC.contains(id) {
                picID = id
            } else {
                validator.add("picUserID", "validation.pic_unknown")
            }
        }
        let percent = Self.percent(realisasi, field: "realisasi", into: &validator)
        try validator.check()
        return Checked(
            langkahAksi: langkah!, buktiFisik: items, targetWaktu: target, picUserID: picID, picText: team,
            realisasiPercent: percent)
    }

    /// A percentage 0…100 written with `.` or `,` and an optional `%`; nil when empty.
    static func percent(_ text: String?, field: String, into validator: inout Validator) -> Double? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let number = trimmed.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: ".")
            .trimmingCharacters(in: .whitespaces)
        guard let value = Double(number), value.isFinite, (0...100).contains(value) else {
            validator.add(field, "validation.percent")
            return nil
        }
        return value
    }
}

/// A list of short texts sent either as one text with one item per line (forms) or as a
/// list (JSON); items are trimmed and empty ones dropped.
struct TextLines: Codable, Sendable {
    let items: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw: [String]
        if let list = try? container.decode([String].self) {
            raw = list
        } else {
            raw = PlanHeader.lines(try container.decode(String.self))
        }
        items = raw.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(items.joined(separator: "\n"))
    }
}
