import Foundation

/// The rules on gifts that need not be reported, for every period of validity, and the
/// choice of the period that applies on a date.
///
/// Each period is one JSON file (``GratificationRulePeriod``); ``bundled()`` loads the files
/// shipped in `Resources/gratification/`, ``init(directory:)`` the files a unit keeps (its UPG
/// edits the copy for 2026 onward). Every set of periods is checked by
/// ``GratificationRuleValidator`` first.
public struct GratificationRuleBook: Sendable, Equatable {
    /// The periods, ordered by their first day (an open start first).
    public let periods: [GratificationRulePeriod]

    /// A rule book of the given periods; throws ``GratificationRuleError/invalid(issues:)``
    /// listing every problem.
    public init(periods: [GratificationRulePeriod]) throws {
        let issues = GratificationRuleValidator.issues(in: periods)
        guard issues.isEmpty else { throw GratificationRuleError.invalid(issues: issues) }
        self.periods = periods.sorted { first, second in
            guard let secondStart = second.validFrom else { return false }
            return first.validFrom.map { $0 < secondStart } ?? true
        }
    }

    /// Loads every `*.json` period file in `directory`.
    public init(directory: URL) throws {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        } catch {
            throw GratificationRuleError.unreadable(source: directory.lastPathComponent, reason: error.localizedDescription)
        }
        let periods = try files.filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { url in
                do {
                    return try Self.period(data: Data(contentsOf: url), source: url.lastPathComponent)
                } catch let error as GratificationRuleError {
                    throw error
                } catch {
                    throw GratificationRuleError.unreadable(source: url.lastPathComponent, reason: error.localizedDescription)
                }
            }
        try self.init(periods: periods)
    }

    /// The rules shipped with ZICore: Peraturan KPK 2/2019 until 2025-12-31, and from 2026 a copy
    /// marked for verification by the UPG.
    public static func bundled() throws -> GratificationRuleBook {
        guard let directory = Bundle.module.url(forResource: "gratification", withExtension: nil) else {
            throw GratificationRuleError.resourcesMissing
        }
        return try GratificationRuleBook(directory: directory)
    }

    /// Decodes one period file; `source` names it in errors.
    public static func period(data: Data, source: String) throws -> GratificationRulePeriod {
        do {
            return try JSONDecoder().decode(GratificationRulePeriod.self, from: data)
        } catch let error as DecodingError {
            throw GratificationRuleError.malformed(source: source, reason: LKEFrameworkLoader.describe(error))
        }
    }

    /// The period whose rules apply on `date`, if any.
    public func period(on date: CalendarDate) -> GratificationRulePeriod? {
        periods.first { $0.contains(date) }
    }
}
