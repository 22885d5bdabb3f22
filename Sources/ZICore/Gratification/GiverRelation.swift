/// How the giver of a gift relates to the employee who received (or refused) it.
public enum GiverRelation: String, Sendable, Codable, CaseIterable, Labelled {
    /// Family: grandparents, parents and parents-in-law, spouse, children and children-in-law,
    /// grandchildren, siblings and in-laws, uncles, aunts, cousins, nephews and nieces.
    case keluarga
    /// A fellow employee of the same agency: superior, subordinate or peer.
    case rekanKerja
    /// Someone with business before the unit: a service user, an applicant, a supplier or
    /// contractor (rekanan), a party to a case. A gift from them is a conflict of interest.
    case pihakBerkepentingan
    /// Another agency or partner met in official duties.
    case mitraKedinasan
    /// A friend or acquaintance with no official dealings with the unit.
    case teman
    /// Anyone else.
    case lainnya

    public static let labelGroup = "giver_relation"

    /// Whether a gift from this giver is by itself a conflict of interest.
    public var impliesConflictOfInterest: Bool { self == .pihakBerkepentingan }
}
