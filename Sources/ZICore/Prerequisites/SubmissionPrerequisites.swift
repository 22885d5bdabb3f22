import Foundation

/// The conditions an agency and a unit must meet before the agency proposes the unit to
/// TPN (Tabel 5), as data: `Resources/prerequisites/*.json`.
public struct SubmissionPrerequisites: Codable, Sendable, Equatable {
    public let id: String
    public let title: String
    public let regulation: String
    public let note: String
    /// Units this exemption covers may be proposed while items are still unmet.
    public let stranasPK: StranasPKExemption?
    /// Ordered scales, best first (e.g. the SAKIP grades `AA` … `D`).
    public let scales: [String: [String]]
    public let items: [Item]

    /// Whether an item is recorded for the agency or for the unit.
    public enum Level: String, Codable, Sendable {
        case instansi, unit
    }

    /// How an item's value is written.
    public enum Kind: String, Codable, Sendable {
        /// One grade of a named scale, compared against a minimum grade.
        case scale
        /// `ya` or `tidak`; met when `ya`.
        case yesNo
        /// A percentage 0…100, compared against `minimumPercent`.
        case percent
    }

    /// One condition of the table.
    public struct Item: Codable, Sendable, Equatable {
        public let id: String
        public let level: Level
        public let label: String
        public let kind: Kind
        public let scale: String?
        /// Minimum grade per predicate (`wbk`, `wbbm`).
        public let minimum: [String: String]?
        /// A different minimum for regional governments (Indeks RB).
        public let minimumForPemerintahDaerah: [String: String]?
        public let minimumPercent: Double?
    }

    /// Loads the bundled table of PermenPANRB 5/2024.
    public static func bundled() throws -> SubmissionPrerequisites {
        guard
            let url = Bundle.module.url(
                forResource: "permenpanrb-5-2024", withExtension: "json",
                subdirectory: "prerequisites")
        else {
            throw LKEFrameworkError.resourcesMissing
        }
        return try JSONDecoder().decode(SubmissionPrerequisites.self, from: Data(contentsOf: url))
    }

    /// The values an item accepts, for forms and validation.
    public func allowedValues(of item: Item) -> [String] {
        switch item.kind {
        case .scale: scales[item.scale ?? ""] ?? []
        case .yesNo: ["ya", "tidak"]
        case .percent: []
        }
    }

    /// Whether a value is acceptable for an item (a scale grade, ya/tidak, or a number 0…100).
    public func isValid(_ value: String, for item: Item) -> Bool {
        switch item.kind {
        case .scale, .yesNo: allowedValues(of: item).contains(value)
        case .percent: Double(value).map { (0...100).contains($0) } ?? false
        }
    }

    /// Whether a recorded value meets the item for a predicate; nil when nothing is recorded.
    public func isMet(_ item: Item, value: String?, predicate: String, pemerintahDaerah: Bool) -> Bool? {
        guard let value, isValid(value, for: item) else { return nil }
        switch item.kind {
        case .yesNo:
            return value == "ya"
        case .percent:
            return (Double(value) ?? 0) >= (item.minimumPercent ?? 100)
        case .scale:
            let minimums = pemerintahDaerah ? (item.minimumForPemerintahDaerah ?? item.minimum) : item.minimum
            let grades = allowedValues(of: item)
            guard let minimum = minimums?[predicate], let required = grades.firstIndex(of: minimum),
                let actual = grades.firstIndex(of: value)
            else { return nil }
            return actual <= required
        }
    }
}
