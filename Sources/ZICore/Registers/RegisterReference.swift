/// Where the numbers of a suggested LKE answer come from: rows of one register, and the
/// `Jumlah` input of the question they were counted into.
public struct RegisterReference: Sendable, Codable, Equatable {
    /// The register.
    public let register: IntegrityRegister
    /// The input id of the `%` question the rows were counted into (e.g. `sudahMelaporkan`);
    /// `nil` for an option question.
    public let input: String?
    /// The ids of the rows, each once, in the order given.
    public let recordIDs: [String]

    /// A reference to rows of a register.
    public init(register: IntegrityRegister, input: String?, recordIDs: [String]) {
        self.register = register
        self.input = input
        self.recordIDs = recordIDs
    }
}
