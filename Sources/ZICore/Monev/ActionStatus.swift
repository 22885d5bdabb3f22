/// Where a work-plan action (langkah aksi) stands against its schedule on a given day;
/// decided by ``ActionTimeliness/evaluate(dueDates:realisations:cadence:today:)``.
public enum ActionStatus: String, CaseIterable, Codable, Sendable, Labelled {
    /// No due date could be read from its `TARGET WAKTU`: a person must schedule it.
    case perluDijadwalkan
    /// Nothing is late and no progress is recorded yet.
    case belumJatuhTempo
    /// Progress is recorded, nothing is late, not everything is done.
    case berjalan
    /// Every period in which it falls due is fully realised.
    case selesai
    /// A due date has passed without its period being fully realised.
    case terlambat

    public static let labelGroup = "action_status"
}
