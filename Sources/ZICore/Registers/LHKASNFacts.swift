/// Who must file an LHKASN (asset report of civil servants not obliged to file an LHKPN) in the
/// evaluated year, in the LKE's groups, and who has filed, by row id (register
/// ``IntegrityRegister/lhkasn``; ``RegisterLKESuggestions/lhkasn(_:)``).
///
/// Each person counts once, in the first group that lists them; a filing by someone in no
/// group is not counted, and the basis says so.
public struct LHKASNFacts: Sendable, Codable, Equatable {
    /// Administrators (pejabat administrator, eselon III).
    public var administratorIDs: [String]
    /// Supervisors (pejabat pengawas, eselon IV).
    public var supervisorIDs: [String]
    /// Functional staff and implementers (fungsional dan pelaksana).
    public var functionalAndStaffIDs: [String]
    /// The people who have filed.
    public var filedIDs: [String]
    /// Of those, the people who filed after the due date (``AssetReportDeadline``): not counted.
    public var lateIDs: [String]

    /// Facts with every list given.
    public init(
        administratorIDs: [String], supervisorIDs: [String], functionalAndStaffIDs: [String], filedIDs: [String], lateIDs: [String] = []
    ) {
        self.administratorIDs = administratorIDs
        self.supervisorIDs = supervisorIDs
        self.functionalAndStaffIDs = functionalAndStaffIDs
        self.filedIDs = filedIDs
        self.lateIDs = lateIDs
    }
}
