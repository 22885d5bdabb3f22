/// The category a unit is proposed in, as PortalRB's `kategori` spells it.
public enum ProposalCategory: String, Codable, CaseIterable, Sendable {
    case wbk = "WBK"
    /// WBK for a unit that the agency proposes under the affirmation route.
    case wbkAfirmasi = "WBK-AFIRMASI"
    case wbbm = "WBBM"

    /// The predicate proposed: `wbk` or `wbbm` (PortalRB lists them apart).
    public var predicate: String {
        self == .wbbm ? "wbbm" : "wbk"
    }

    /// Whether PortalRB's `afirmasi` is true for the category.
    public var isAffirmation: Bool { self == .wbkAfirmasi }
}
