/// Employees' disciplinary violations in the evaluated year and the year before, by row id
/// (register ``IntegrityRegister/pelanggaranDisiplin``; ``RegisterLKESuggestions/discipline(_:)``).
public struct DisciplineFacts: Sendable, Codable, Equatable {
    /// The evaluated year.
    public var year: Int
    /// The violations of the year before.
    public var previousYearViolationIDs: [String]
    /// The violations of the evaluated year.
    public var violationIDs: [String]
    /// Of the evaluated year's violations, those already sanctioned; ids that are not among
    /// ``violationIDs`` are not counted.
    public var sanctionedViolationIDs: [String]

    /// Facts with every list given.
    public init(year: Int, previousYearViolationIDs: [String], violationIDs: [String], sanctionedViolationIDs: [String]) {
        self.year = year
        self.previousYearViolationIDs = previousYearViolationIDs
        self.violationIDs = violationIDs
        self.sanctionedViolationIDs = sanctionedViolationIDs
    }
}
