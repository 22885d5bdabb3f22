/// One step of a gratification report with its due date and where it stands on a given day.
public struct GratificationStageDeadline: Sendable, Codable, Equatable {
    /// The step.
    public let stage: GratificationStage
    /// The last day on which the step is on time.
    public let due: CalendarDate
    /// Where the step stands.
    public let status: DeadlineStatus

    /// A step with its due date and status.
    public init(stage: GratificationStage, due: CalendarDate, status: DeadlineStatus) {
        self.stage = stage
        self.due = due
        self.status = status
    }
}
