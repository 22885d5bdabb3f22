import ZICore

/// One risk of the register as the export lists it: plain data the server maps from its records.
public struct RiskExportRow: Sendable, Equatable {
    /// The objective (sasaran) the risk threatens.
    public var objective: String
    /// The risk event.
    public var statement: String
    public var cause: String
    public var effect: String
    /// The rating before controls.
    public var inherent: RiskCell
    /// The controls in place, if written.
    public var existingControls: String?
    /// The planned control actions, each as one line (what — owner — due date).
    public var controlActions: [String]
    /// The rating after controls, if assessed.
    public var residual: RiskCell?

    /// A row with every field of the register.
    public init(
        objective: String, statement: String, cause: String, effect: String, inherent: RiskCell, existingControls: String?,
        controlActions: [String], residual: RiskCell?
    ) {
        self.objective = objective
        self.statement = statement
        self.cause = cause
        self.effect = effect
        self.inherent = inherent
        self.existingControls = existingControls
        self.controlActions = controlActions
        self.residual = residual
    }
}
