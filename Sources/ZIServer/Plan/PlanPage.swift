import Foundation
import Vapor
import ZICore
import ZIDocuments

/// What the plan page shows: the plan's state, the table of areas, indicators and actions
/// (filtered by search text and status), counts, and which buttons the requester gets.
struct PlanPage: Encodable {
    /// An action row of the table.
    struct Action: Encodable {
        let id: UUID
        let number: Int
        let langkahAksi: String
        let buktiFisik: [String]
        let targetWaktu: String?
        let dueDates: [String]
        let unparsed: [String]
        let needsScheduling: Bool
        let pic: String?
        let realisasi: String?
        let status: String
        let statusLabel: String
    }

    /// An indicator with its (matching) actions.
    struct Indicator: Encodable {
        let id: UUID
        let text: String
        let lkeQuestionID: String?
        let actions: [Action]
    }

    /// An area with its indicators and whether the requester may edit it.
    struct Area: Encodable {
        let id: UUID
        let label: String
        let canEdit: Bool
        let indicators: [Indicator]
    }

    /// How many actions stand where.
    struct Counts: Encodable {
        var total = 0
        var needsScheduling = 0
        var overdue = 0
        var done = 0
    }

    /// A choice in a select box.
    let unit: UnitDTO
    let plan: PlanSummaryDTO
    let statusLabel: String
    let cadenceLabel: String
    let approvedAt: String?
    let areas: [Area]
    let counts: Counts
    let query: String
    let statusFilter: [Choice]
    let isFiltered: Bool
    let isDraft: Bool
    let canManage: Bool
    let canApprove: Bool
    let canReopen: Bool
    let canMonev: Bool
    let form: FormState

    static func build(_ content: PlanContent, unit: WorkUnit, form: FormState, req: Request) async throws -> PlanPage {
        let names = req.names
        let plan = content.plan
        let today = req.clock.today()
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let status = req.query[String.self, at: "status"].flatMap(ActionStatus.init(rawValue:))
        var counts = Counts()
        var number = 0
        var areas: [Area] = []
        for (index, area) in content.tree.areas.enumerated() {
            var indicators: [Indicator] = []
            for indicator in area.indicators {
                var actions: [Action] = []
                for action in indicator.actions {
                    number += 1
                    let timeliness = content.timeliness(of: action, today: today)
                    counts.total += 1
                    if action.row.needsScheduling { counts.needsScheduling += 1 }
                    if timeliness.status == .terlambat { counts.overdue += 1 }
                    if timeliness.status == .selesai { counts.done += 1 }
                    guard status == nil || timeliness.status == status,
                        query.isEmpty || matches(query, [indicator.row.text, action.row.langkahAksi] + action.buktiFisik)
                    else { continue }
                    actions.append(
                        Action(
                            id: action.row.id!, number: number, langkahAksi: action.row.langkahAksi, buktiFisik: action.buktiFisik,
                            targetWaktu: action.row.targetWaktu, dueDates: (action.schedule?.dueDates ?? []).map(IndonesianDate.format),
                            unparsed: action.schedule?.unparsed ?? [], needsScheduling: action.row.needsScheduling,
                            pic: action.picLabel, realisasi: action.row.realisasiPercent.map(PercentText.format),
                            status: timeliness.status.rawValue, statusLabel: names(timeliness.status)))
                }
                if !actions.isEmpty || (query.isEmpty && status == nil) {
                    indicators.append(
                        Indicator(
                            id: indicator.row.id!, text: indicator.row.text,
                            lkeQuestionID: indicator.row.lkeQuestionID, actions: actions))
                }
            }
            let canEdit = plan.status == .draft ? try await PlanAccess.mayEdit(area.row, unit: unit, req: req) : false
            areas.append(
                Area(
                    id: area.row.id!, label: "\(RomanNumeral.string(index + 1)). \(area.row.name)", canEdit: canEdit,
                    indicators: indicators))
        }
        let target = unit.accessTarget
        let mayApprove = try await req.may(.approvePlan, on: target)
        let mayManage = try await req.may(.managePlan, on: target)
        let mayMonev = try await req.may(.recordMonev, on: target)
        return PlanPage(
            unit: UnitDTO(unit), plan: PlanSummaryDTO(plan), statusLabel: req.t("plan.status.\(plan.status.rawValue)"),
            cadenceLabel: names(content.cadence), approvedAt: plan.approvedAt.map(WIBTime.format), areas: areas, counts: counts,
            query: query,
            statusFilter: ActionStatus.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: $0 == status) },
            isFiltered: !query.isEmpty || status != nil, isDraft: plan.status == .draft,
            canManage: plan.status == .draft && mayManage,
            canApprove: plan.status == .draft && mayApprove, canReopen: plan.status == .approved && mayApprove,
            canMonev: mayMonev, form: form)
    }

    /// Whether every word of `query` occurs (ignoring case and accents) in one of `texts`.
    private static func matches(_ query: String, _ texts: [String]) -> Bool {
        let haystack = texts.joined(separator: " ").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return query.split(separator: " ").allSatisfy {
            haystack.contains(String($0).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
    }
}
