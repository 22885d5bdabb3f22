import Foundation

/// The value (0…1) of each option of the option-based answer types, best option first.
///
/// PermenPANRB 90/2021 spaces the options evenly (A–D: 1, ⅔, ⅓, 0), which is the default.
/// The LKE ZI 2026 master states its own values in `skema_penilaian` (A–D: 1, 0.67, 0.33, 0);
/// a framework file lists such values under `optionValues`, as decimal strings so that they
/// are read exactly: `{"A/B/C/D": ["1", "0.67", "0.33", "0"]}`. A type the file does not list
/// keeps the even spacing.
public struct LKEOptionScale: Sendable, Equatable, Codable {
    private let stated: [LKEAnswerType: [Decimal]]
    /// Every option type's values, worked out once (scoring reads them for every answer).
    private let table: [LKEAnswerType: [Decimal]]
    /// The same values as `Double`, for the displayed scores.
    private let doubles: [LKEAnswerType: [Double]]

    /// The even spacing of PermenPANRB 90/2021.
    public static let evenlySpaced = LKEOptionScale(stated: [:])

    /// A scale with the given values per answer type, best option first.
    public init(stated: [LKEAnswerType: [Decimal]]) {
        self.stated = stated
        var table: [LKEAnswerType: [Decimal]] = [:]
        var doubles: [LKEAnswerType: [Double]] = [:]
        for type in LKEAnswerType.allCases where type.isOptionBased {
            let steps = type.optionCodes.count - 1
            table[type] = stated[type] ?? (0...steps).map { Decimal(steps - $0) / Decimal(steps) }
            doubles[type] = stated[type]?.map(\.double) ?? (0...steps).map { Double(steps - $0) / Double(steps) }
        }
        self.table = table
        self.doubles = doubles
    }

    public static func == (lhs: LKEOptionScale, rhs: LKEOptionScale) -> Bool {
        lhs.stated == rhs.stated
    }

    /// The values of `type`'s options, best first; empty for `%` and survey questions.
    public func values(for type: LKEAnswerType) -> [Decimal] {
        table[type] ?? []
    }

    /// The value of the option at `index` (0 = best) of `type`.
    public func value(of type: LKEAnswerType, at index: Int) -> Decimal {
        values(for: type)[index]
    }

    /// The value of the option at `index` as a `Double` (thirds as the nearest binary fraction).
    func doubleValue(of type: LKEAnswerType, at index: Int) -> Double {
        doubles[type]?[index] ?? 0
    }

    /// The smallest rise of one option step of `type` (⅓ for A–D evenly spaced, 0.33 in 2026).
    public func smallestStep(of type: LKEAnswerType) -> Decimal {
        let values = values(for: type)
        return zip(values, values.dropFirst()).map { $0 - $1 }.min() ?? 0
    }

    /// The types whose values the framework states, with their values.
    public var statedValues: [LKEAnswerType: [Decimal]] { stated }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: [String]].self)
        var stated: [LKEAnswerType: [Decimal]] = [:]
        for (name, texts) in raw {
            guard let type = LKEAnswerType(rawValue: name), type.isOptionBased else {
                throw LKEFrameworkError.invalid(
                    source: nil, issues: [.optionValues(type: name, problem: "not an option-based answer type")])
            }
            stated[type] = try texts.map { text in
                guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), Double(text) != nil else {
                    throw LKEFrameworkError.invalid(
                        source: nil, issues: [.optionValues(type: name, problem: "\"\(text)\" is not a decimal number")])
                }
                return value
            }
        }
        self.init(stated: stated)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let raw = Dictionary(uniqueKeysWithValues: stated.map { ($0.key.rawValue, $0.value.map { "\($0)" }) })
        try container.encode(raw)
    }
}
