import Vapor
import ZICore

/// A feature that suggests LKE answers from its own records (the plan and monev, complaints,
/// perception surveys, the integrity registers). The worksheet owns this protocol; each feature
/// implements it and `App` registers the implementations (``Application/worksheetSuggestionSources``),
/// so the worksheet never reaches into another feature's tables.
protocol WorksheetSuggestionSource: Sendable {
    /// The worksheet parts (`1`…`6`, `hasil`) the source can suggest for; `nil` for any part.
    var parts: Set<String>? { get }

    /// The questions the source can suggest for; `nil` when it does not say (then it is asked
    /// whenever one of its parts is). An autosave of another question then reads nothing.
    var questionIDs: Set<String>? { get }

    /// The suggestions for `unit` in `year` from records the requester may read (none otherwise).
    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [WorksheetSuggestion]
}

/// One suggested answer with how it was computed and where its records are listed.
struct WorksheetSuggestion: Sendable {
    let questionID: String
    let answer: LKEAnswer
    let basis: String
    /// Where the records behind it are listed.
    let link: String?
    /// The answer as shown, when the source words it itself (else the option code or the inputs).
    var shownAnswer: String? = nil
}

extension WorksheetSuggestionSource {
    var questionIDs: Set<String>? { nil }
}

extension Application {
    private struct WorksheetSuggestionSourcesKey: StorageKey { typealias Value = [any WorksheetSuggestionSource] }

    /// The features that suggest worksheet answers, in the order their suggestions win.
    var worksheetSuggestionSources: [any WorksheetSuggestionSource] {
        get { storage[WorksheetSuggestionSourcesKey.self] ?? [] }
        set { storage[WorksheetSuggestionSourcesKey.self] = newValue }
    }
}
