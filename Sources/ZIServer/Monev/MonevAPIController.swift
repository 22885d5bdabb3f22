import Fluent
import Vapor
import ZICore

/// `/api/v1/plans/:planID/monev…`: monev as JSON — periods, realisation, meetings, findings,
/// follow-ups and the LKE suggestions drawn from them.
struct MonevAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.planMonev, use: overview)
        routes.get(.planMonevPeriod, use: period)
        routes.put(.planMonevRealisations, use: saveRealisations)
        routes.post(.planMonevMeetings, use: addMeeting)
        routes.post(.planMeetingFindings, use: addFinding)
        routes.put(.planFinding, use: updateFollowUp)
        routes.get(.planSuggestions, use: suggestions)
    }

    /// A period with its counts.
    struct PeriodDTO: Content {
        let key: String
        let label: String
        let start: CalendarDate
        let end: CalendarDate
        let actionsDue: Int
        let realised: Int
        let meetings: Int
    }

    /// A follow-up as the API returns it.
    struct FollowUpDTO: Content {
        let id: UUID
        let meetingID: UUID
        let text: String
        let followUp: String
        let ownerID: UUID?
        let ownerName: String?
        let dueDate: CalendarDate?
        let status: FollowUpStatus
        let isOverdue: Bool
        let resultNote: String?

        init(_ finding: MonevState.Finding) {
            id = finding.row.id!
            meetingID = finding.row.$meeting.id
            text = finding.row.text
            followUp = finding.row.followUp
            ownerID = finding.row.$owner.id
            ownerName = finding.ownerName
            dueDate = finding.dueDate
            status = finding.status
            isOverdue = finding.isOverdue
            resultNote = finding.row.resultNote
        }
    }

    struct OverviewDTO: Content {
        let cadence: MonitoringCadence
        let periods: [PeriodDTO]
        /// Follow-ups in agenda order: open ones first, then by due date.
        let followUps: [FollowUpDTO]
        let facts: PlanMonitoringFacts
        let suggestions: [LKESuggestion]
    }

    func overview(req: Request) async throws -> OverviewDTO {
        let (plan, _) = try await PlanAccess.load(req)
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        return OverviewDTO(
            cadence: state.cadence, periods: state.periods.map { Self.period($0, state) },
            followUps: state.agenda().map(FollowUpDTO.init), facts: state.facts,
            suggestions: PlanLKESuggestions.suggest(state.facts))
    }

    /// A due action with its realisation in the period.
    struct DueActionDTO: Content {
        let actionID: UUID
        let langkahAksi: String
        let targetWaktu: String?
        let status: ActionStatus
        let percent: Double?
        let report: String?
    }

    struct MeetingDTO: Content {
        let id: UUID
        let date: String
        let attendees: [String]
        let pimpinanPresent: Bool
        let notulen: String
    }

    struct PeriodDetailDTO: Content {
        let period: PeriodDTO
        let actions: [DueActionDTO]
        let meetings: [MeetingDTO]
        let findings: [FollowUpDTO]
        /// Open follow-ups of earlier periods' meetings, in agenda order.
        let earlierOpenFollowUps: [FollowUpDTO]
    }

    func period(req: Request) async throws -> PeriodDetailDTO {
        let (plan, _) = try await PlanAccess.load(req)
        return try await detail(plan, period: try MonevWebController.period(req, plan: plan), req: req)
    }

    func saveRealisations(req: Request) async throws -> PeriodDetailDTO {
        let (plan, unit) = try await PlanAccess.load(req)
        let period = try MonevWebController.period(req, plan: plan)
        let body = try req.content.decode(MonevRealisationForm.Body.self)
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        let checked = try await MonevRealisationForm.checked(body.entries, period: period, state: state, unit: unit, req: req)
        try await req.writeAsUser { actor, db in
            try await MonevService.recordRealisations(checked, period: period, plan: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, period: period, req: req)
    }

    func addMeeting(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .recordMonev)
        let period = try MonevWebController.period(req, plan: plan)
        var input = try req.content.decode(MonevMeetingInput.self)
        input.period = period.key
        let checked = try input.checked(plan: plan)
        _ = try await req.writeAsUser { actor, db in try await MonevService.addMeeting(checked, plan: plan, unit: unit, by: actor, on: db) }
        return try await detail(plan, period: period, req: req).encodeResponse(status: .created, for: req)
    }

    func addFinding(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .recordMonev)
        let meeting = try await PlanAccess.part(MonevMeeting.self, "meetingID", of: plan, req: req)
        let owners = try await PeoplePicker.ids(of: unit, on: req.db)
        let input = try req.content.decode(MonevFindingInput.self).checked(eligibleOwners: owners)
        _ = try await req.writeAsUser { actor, db in
            try await MonevService.addFinding(input, meeting: meeting, plan: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, period: MonitoringPeriod(key: meeting.periodKey)!, req: req)
            .encodeResponse(status: .created, for: req)
    }

    func updateFollowUp(req: Request) async throws -> FollowUpDTO {
        let (plan, unit) = try await PlanAccess.load(req)
        let finding = try await PlanAccess.part(MonevFinding.self, "findingID", of: plan, req: req)
        guard try await MonevAccess.mayUpdate(finding, unit: unit, req: req) else { throw AppError.forbidden }
        let (status, note) = try req.content.decode(MonevFollowUpInput.self).checked()
        try await req.writeAsUser { actor, db in
            try await MonevService.updateFollowUp(finding, status: status, note: note, plan: plan, unit: unit, by: actor, on: db)
        }
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        return FollowUpDTO(state.findings.first { $0.row.id == finding.id }!)
    }

    /// The LKE answers the plan's monev suggests, with their basis.
    func suggestions(req: Request) async throws -> Response {
        let (plan, _) = try await PlanAccess.load(req)
        return try Response.json(PlanLKESuggestions.suggest(try await MonevState.load(plan, today: req.clock.today(), on: req.db).facts))
    }

    private func detail(_ plan: WorkPlan, period: MonitoringPeriod, req: Request) async throws -> PeriodDetailDTO {
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        let meetings = state.meetings.filter { $0.periodKey == period.key }
        let meetingIDs = Set(meetings.compactMap(\.id))
        return PeriodDetailDTO(
            period: Self.period(period, state),
            actions: state.actionsDue(in: period).map { action, timeliness in
                let stored = action.realisations[period.key]
                return DueActionDTO(
                    actionID: action.row.id!, langkahAksi: action.row.langkahAksi, targetWaktu: action.row.targetWaktu,
                    status: timeliness.status, percent: stored?.percent, report: stored?.report)
            },
            meetings: meetings.map {
                MeetingDTO(
                    id: $0.id!, date: $0.date, attendees: PlanHeader.lines($0.attendees), pimpinanPresent: $0.pimpinanPresent,
                    notulen: $0.notulen)
            },
            findings: state.findings.filter { meetingIDs.contains($0.row.$meeting.id) }.map(FollowUpDTO.init),
            earlierOpenFollowUps: state.agenda(before: period).filter { $0.status.isOpen }.map(FollowUpDTO.init))
    }

    private static func period(_ period: MonitoringPeriod, _ state: MonevState) -> PeriodDTO {
        let names = RequestNames.current
        let counts = state.counts(of: period)
        return PeriodDTO(
            key: period.key, label: names(period), start: period.span.start, end: period.span.end,
            actionsDue: counts.due, realised: counts.realised, meetings: counts.meetings)
    }
}
