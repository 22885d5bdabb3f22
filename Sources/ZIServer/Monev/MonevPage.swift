import Foundation
import Vapor
import ZICore

/// What the monev pages show: the periods of the plan's year, the follow-up agenda, the LKE
/// suggestions, and for one period its due actions, meetings and findings.
enum MonevPage {
    /// A period in the overview.
    struct PeriodRow: Encodable {
        let key: String
        let label: String
        let actionsDue: Int
        let realised: Int
        let meetings: Int
        let state: String
    }

    /// A follow-up as listed.
    struct FollowUp: Content {
        let id: UUID
        let planID: UUID
        let text: String
        let followUp: String
        let owner: String?
        let dueDate: String?
        let status: String
        let statusLabel: String
        let isOverdue: Bool
        let resultNote: String?
        let canUpdate: Bool
    }

    /// Follow-ups as a list with their update forms (the `plans/follow-ups` partial, which
    /// gets only this as its context, hence the CSRF token and choices inside).
    struct FollowUpList: Content {
        let items: [FollowUp]
        let back: String
        let csrf: String
        let statuses: [Choice]
    }

    /// An LKE suggestion with its question text.
    struct Suggestion: Encodable {
        let questionID: String
        let question: String
        let answer: String
        let basis: String
    }

    struct Overview: Encodable {
        let unit: UnitDTO
        let plan: PlanSummaryDTO
        let cadenceLabel: String
        let periods: [PeriodRow]
        let agenda: FollowUpList
        let suggestions: [Suggestion]
    }

    /// A due action with its realisation in the period.
    struct ActionRow: Encodable {
        let id: UUID
        let area: String
        let indicator: String
        let langkahAksi: String
        let targetWaktu: String?
        let pic: String?
        let percent: String
        let report: String
        let statusLabel: String
        let status: String
        let canRecord: Bool
        /// What to fix in this row's realisation, after a refused save.
        let error: String?
    }

    /// A meeting with its findings.
    struct Meeting: Encodable {
        let id: UUID
        let date: String
        let attendees: [String]
        let pimpinanPresent: Bool
        let notulen: String
        let findings: FollowUpList
    }

    struct PeriodView: Encodable {
        let unit: UnitDTO
        let plan: PlanSummaryDTO
        let period: PeriodRow
        let earlierAgenda: FollowUpList
        let actions: [ActionRow]
        let meetings: [Meeting]
        let people: [Choice]
        let canRecord: Bool
        let canRecordAny: Bool
        let back: String
        let form: FormState
    }

    static func overview(_ state: MonevState, unit: WorkUnit, catalog: LKECatalog.Entry, req: Request) async throws -> Overview {
        let names = req.names
        let plan = state.content.plan
        let mayRecord = try await req.may(.recordMonev, on: unit.accessTarget)
        return Overview(
            unit: UnitDTO(unit), plan: PlanSummaryDTO(plan), cadenceLabel: names(state.cadence),
            periods: state.periods.map { row($0, state: state) },
            agenda: try followUps(
                state.agenda().filter { $0.status.isOpen }, back: SitePath.planMonev.path(plan.id!),
                mayRecord: mayRecord, req: req),
            suggestions: PlanLKESuggestions.suggest(state.facts).map {
                Suggestion(
                    questionID: $0.questionID, question: catalog.questions[$0.questionID]?.text ?? "", answer: $0.answer,
                    basis: $0.basis)
            })
    }

    static func period(
        _ period: MonitoringPeriod, state: MonevState, unit: WorkUnit, form: FormState,
        req: Request
    ) async throws -> PeriodView {
        let names = req.names
        let plan = state.content.plan
        let mayRecord = try await req.may(.recordMonev, on: unit.accessTarget)
        let me = try req.currentUser().user.id
        var areaOf: [UUID: (String, Int?)] = [:]
        var indicatorOf: [UUID: String] = [:]
        for area in state.content.tree.areas {
            for indicator in area.indicators {
                for action in indicator.actions {
                    areaOf[action.row.id!] = (area.row.name, area.row.standardNumber)
                    indicatorOf[action.row.id!] = indicator.row.text
                }
            }
        }
        var actions: [ActionRow] = []
        for (action, timeliness) in state.actionsDue(in: period) {
            let id = action.row.id!
            let stored = action.realisations[period.key]
            let canRecord = try await MonevAccess.mayRecord(action.row, area: areaOf[id]?.1, unit: unit, userID: me, req: req)
            actions.append(
                ActionRow(
                    id: id, area: areaOf[id]?.0 ?? "", indicator: indicatorOf[id] ?? "", langkahAksi: action.row.langkahAksi,
                    targetWaktu: action.row.targetWaktu, pic: action.picLabel,
                    percent: form.values["pct:\(id)"] ?? stored.map { String(format: "%g", $0.percent) } ?? "",
                    report: form.values["rep:\(id)"] ?? stored?.report ?? "", statusLabel: names(timeliness.status),
                    status: timeliness.status.rawValue, canRecord: canRecord,
                    error: form.errors["pct:\(id)"] ?? form.errors["rep:\(id)"]))
        }
        let back = SitePath.planMonevPeriod.path(plan.id!, period.key)
        let meetings = state.meetings.filter { $0.periodKey == period.key }
        var meetingRows: [Meeting] = []
        for meeting in meetings {
            meetingRows.append(
                Meeting(
                    id: meeting.id!, date: CalendarDate(iso: meeting.date).map(IndonesianDate.format) ?? meeting.date,
                    attendees: PlanHeader.lines(meeting.attendees), pimpinanPresent: meeting.pimpinanPresent, notulen: meeting.notulen,
                    findings: try followUps(
                        state.findings.filter { $0.row.$meeting.id == meeting.id }, back: back,
                        mayRecord: mayRecord, req: req)))
        }
        let people = try await PeoplePicker.choices(of: unit, selected: form.values["ownerID"], on: req.db)
        return PeriodView(
            unit: UnitDTO(unit), plan: PlanSummaryDTO(plan), period: row(period, state: state),
            earlierAgenda: try followUps(
                state.agenda(before: period).filter { $0.status.isOpen }, back: back,
                mayRecord: mayRecord, req: req),
            actions: actions, meetings: meetingRows, people: people, canRecord: mayRecord,
            canRecordAny: actions.contains(where: \.canRecord), back: back, form: form)
    }

    private static func row(_ period: MonitoringPeriod, state: MonevState) -> PeriodRow {
        let names = RequestNames.current
        let counts = state.counts(of: period)
        let phase = period.span.end < state.today ? "ended" : period.span.start > state.today ? "future" : "current"
        return PeriodRow(
            key: period.key, label: names(period), actionsDue: counts.due, realised: counts.realised,
            meetings: counts.meetings, state: phase)
    }

    /// Follow-ups with the forms to update them, returning to `back`.
    /// `mayRecord`: whether the requester may update any of them, not only those they own.
    static func followUps(_ findings: [MonevState.Finding], back: String, mayRecord: Bool, req: Request) throws -> FollowUpList {
        let names = req.names
        let me = try req.currentUser().user.id
        let items = findings.map {
            FollowUp(
                id: $0.row.id!, planID: $0.row.$plan.id, text: $0.row.text, followUp: $0.row.followUp, owner: $0.ownerName,
                dueDate: $0.dueDate.map(IndonesianDate.format), status: $0.status.rawValue, statusLabel: names($0.status),
                isOverdue: $0.isOverdue, resultNote: $0.row.resultNote, canUpdate: mayRecord || $0.row.$owner.id == me)
        }
        return FollowUpList(
            items: items, back: back, csrf: CSRFProtection.formToken(for: req),
            statuses: FollowUpStatus.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: false) })
    }
}
