/// Where the TPI's review of one evidence link stands.
public enum EvidenceReviewStatus: String, CaseIterable, Sendable, Codable, Labelled {
    /// Not reviewed yet, or a new version awaits review.
    case pending
    case accepted
    /// The unit must answer with a new version.
    case needsRevision = "needs_revision"
    case rejected

    public static let labelGroup = "evidence_review_status"

    /// The status of a link after the unit uploads a new version: a request for revision is
    /// answered and waits for review again; other verdicts stand.
    public func afterNewVersion() -> EvidenceReviewStatus {
        self == .needsRevision ? .pending : self
    }
}
