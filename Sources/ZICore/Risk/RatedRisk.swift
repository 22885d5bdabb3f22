/// A risk of the register as the heat map needs it: its rating before controls (inherent) and,
/// once controls are assessed, after them (residual).
public struct RatedRisk: Sendable, Codable, Equatable {
    /// The risk's id in the register.
    public let id: String
    /// The rating before controls.
    public let inherent: RiskCell
    /// The rating after controls; `nil` while the controls are not yet assessed.
    public let residual: RiskCell?

    /// A risk with its ratings.
    public init(id: String, inherent: RiskCell, residual: RiskCell?) {
        self.id = id
        self.inherent = inherent
        self.residual = residual
    }
}
