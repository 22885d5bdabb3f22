import Vapor
import ZICore

/// A feature that computes a Tabel 5 prerequisite from its own records (the asset report
/// register for LHKPN/LHKASN compliance). The checklist owns this protocol; `App` registers
/// the implementations (``Application/prerequisiteSuggestionSources``), so the checklist never
/// reads another feature's tables.
protocol PrerequisiteSuggestionSource: Sendable {
    /// The computed values for `unit` in `year` from records the requester may read (none otherwise).
    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [PrerequisiteSuggestion]
}

/// A prerequisite's value computed from records, how, and where the records are listed.
struct PrerequisiteSuggestion: Content, Sendable {
    let itemID: String
    let value: String
    let basis: String
    let link: String
}

extension Application {
    private struct PrerequisiteSuggestionSourcesKey: StorageKey { typealias Value = [any PrerequisiteSuggestionSource] }

    /// The features that compute prerequisites.
    var prerequisiteSuggestionSources: [any PrerequisiteSuggestionSource] {
        get { storage[PrerequisiteSuggestionSourcesKey.self] ?? [] }
        set { storage[PrerequisiteSuggestionSourcesKey.self] = newValue }
    }
}
