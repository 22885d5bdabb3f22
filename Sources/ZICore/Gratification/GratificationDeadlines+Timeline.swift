extension GratificationDeadlines {
    /// The steps of the report with `dates`, each with its due date and status on `today`
    /// (see ``DeadlineStatus/evaluate(due:doneOn:today:calendar:dueSoonWithin:)``): the report to
    /// the UPG and its forwarding to KPK always; the handover only once KPK has declared the gift
    /// state property.
    public func timeline(
        _ dates: GratificationCaseDates, today: CalendarDate, calendar: WorkingCalendar,
        dueSoonWithin: Int = DeadlineStatus.defaultDueSoonWithin
    ) -> [GratificationStageDeadline] {
        func step(_ stage: GratificationStage, due: CalendarDate, doneOn: CalendarDate?) -> GratificationStageDeadline {
            GratificationStageDeadline(
                stage: stage, due: due,
                status: DeadlineStatus.evaluate(due: due, doneOn: doneOn, today: today, calendar: calendar, dueSoonWithin: dueSoonWithin))
        }
        var steps = [
            step(.reportToUPG, due: reportToUPGDue(receivedOn: dates.receivedOn, calendar: calendar), doneOn: dates.reportedToUPGOn),
            step(
                .forwardToKPK,
                due: forwardToKPKDue(receivedOn: dates.receivedOn, reportedToUPGOn: dates.reportedToUPGOn, calendar: calendar),
                doneOn: dates.forwardedToKPKOn),
        ]
        if let decidedOn = dates.stateOwnershipDecidedOn {
            steps.append(step(.handover, due: handoverDue(decidedOn: decidedOn, calendar: calendar), doneOn: dates.handedOverOn))
        }
        return steps
    }
}
