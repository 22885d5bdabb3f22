/// Who must file an LHKPN (asset report of state officials to KPK) in the evaluated year, in the
/// LKE's groups, and who has filed, by row id (register ``IntegrityRegister/lhkpn``;
/// ``RegisterLKESuggestions/lhkpn(_:)``).
///
/// Each person counts once, in the first group that lists them; a filing by someone in no
/// group is not counted, and the basis says so.
public struct LHKPNFacts: Sendable, Codable, Equatable {
    /// The head of the unit (kepala satuan kerja).
    public var headOfUnitIDs: [String]
    /// The officials obliged to file (pejabat yang diwajibkan menyampaikan LHKPN).
    public var obligedOfficialIDs: [String]
    /// Others obliged to file (lainnya).
    public var otherIDs: [String]
    /// The people who have filed.
    public var filedIDs: [String]
    /// Of those, the people who filed after the due date (``AssetReportDeadline``): not counted.
    public var lateIDs: [String]

    /// Facts with every list given.
    public init(headOfUnitIDs: [String], obligedOfficialIDs: [String], otherIDs: [String], filedIDs: [String], lateIDs: [String] = []) {
        self.headOfUnitIDs = headOfUnitIDs
        self.obligedOfficialIDs = obligedOfficialIDs
        self.otherIDs = otherIDs
        self.filedIDs = filedIDs
        self.lateIDs = lateIDs
    }
}
