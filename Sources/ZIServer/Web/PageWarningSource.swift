import Vapor

/// A feature that may warn every logged-in user on every page (a working-day calendar missing
/// for the year, say). The page shell asks the sources `App` registers
/// (``Application/pageWarningSources``) and never names the features.
protocol PageWarningSource: Sendable {
    /// The warning for this request's user, in the request's language, or nil.
    func warning(req: Request) async throws -> PageWarning?
}

/// A warning shown at the top of a page, with a link to where it is fixed.
struct PageWarning: Encodable, Sendable {
    let text: String
    let link: String?
    let linkLabel: String?
}

extension Application {
    private struct PageWarningSourcesKey: StorageKey { typealias Value = [any PageWarningSource] }

    /// The features that may warn on every page, in the order their warnings are shown.
    var pageWarningSources: [any PageWarningSource] {
        get { storage[PageWarningSourcesKey.self] ?? [] }
        set { storage[PageWarningSourcesKey.self] = newValue }
    }
}
