/// The Tabel 5 prerequisite "Kepatuhan penyampaian LHKASN dan LHKPN (%)" from a unit's asset
/// report register of a year: of everyone obliged to file (each register row), the share who
/// filed on time — a late filing does not count, an unfiled one neither.
public struct AssetReportCompliance: Sendable, Equatable {
    public let obliged: Int
    public let onTime: Int
    public let late: Int
    /// Obliged but not filed (yet).
    public var missing: Int { obliged - onTime - late }

    /// Counts rows by id: `filedIDs` those filed, `lateIDs` those of them filed after the due date.
    public init(obligedIDs: [String], filedIDs: [String], lateIDs: [String]) {
        let obligedSet = Set(obligedIDs)
        let lateSet = Set(lateIDs).intersection(obligedSet)
        obliged = obligedSet.count
        late = Set(filedIDs).intersection(lateSet).count
        onTime = Set(filedIDs).intersection(obligedSet).subtracting(lateSet).count
    }

    /// The percentage with at most two decimals, as the checklist records it (`"91.67"`, `"100"`);
    /// nil when nobody is in the register (nothing to compute from).
    public var percentText: String? {
        guard obliged > 0 else { return nil }
        let hundredths = (onTime * 10_000 + obliged / 2) / obliged
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
