/// The agents of change and their changes in the evaluated year, by row id, as the registers
/// give them (``RegisterLKESuggestions/agentsOfChange(_:)``).
public struct AgentOfChangeFacts: Sendable, Codable, Equatable {
    /// The evaluated year.
    public var year: Int
    /// The agents of change appointed by decree (register ``IntegrityRegister/agenPerubahan``).
    public var agentIDs: [String]
    /// The concrete changes the agents made in the year (register ``IntegrityRegister/perubahan``).
    public var changeIDs: [String]
    /// Of those changes, the ones integrated into the management system; ids that are not among
    /// ``changeIDs`` are not counted.
    public var integratedChangeIDs: [String]

    /// Facts with every list given.
    public init(year: Int, agentIDs: [String], changeIDs: [String], integratedChangeIDs: [String]) {
        self.year = year
        self.agentIDs = agentIDs
        self.changeIDs = changeIDs
        self.integratedChangeIDs = integratedChangeIDs
    }
}
