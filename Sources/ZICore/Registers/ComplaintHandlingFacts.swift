/// The public complaints of the evaluated period with their status (register
/// ``IntegrityRegister/pengaduan``; ``RegisterLKESuggestions/complaints(_:)``).
///
/// A complaint must be followed up unless it was rejected (ditolak) or forwarded to the body
/// responsible (dialihkan); of those, a complaint is finished when `selesai` and in process
/// while still open.
public struct ComplaintHandlingFacts: Sendable, Codable, Equatable {
    /// One complaint.
    public struct Complaint: Sendable, Codable, Equatable {
        /// The complaint's row id.
        public var id: String
        /// Where it stands.
        public var status: ComplaintStatus

        /// A complaint and its status.
        public init(id: String, status: ComplaintStatus) {
            self.id = id
            self.status = status
        }
    }

    /// The complaints; an id given twice counts once, with its first status.
    public var complaints: [Complaint]

    /// Facts of the given complaints.
    public init(complaints: [Complaint]) {
        self.complaints = complaints
    }
}
