import Foundation
import Vapor
import ZICore
import ZIDocuments

/// A plan in a list, as the API returns it.
struct PlanSummaryDTO: Content {
    let id: UUID
    let unitID: UUID
    let year: Int
    let status: String
    let cadence: String
    let origin: String
    let showRealisasi: Bool
    let approvedAt: Date?
    let approvedBy: String?

    init(_ plan: WorkPlan) {
        id = plan.id!
        unitID = plan.$unit.id
        year = plan.year
        status = plan.status.rawValue
        cadence = plan.cadence
        origin = plan.origin
        showRealisasi = plan.showRealisasi
        approvedAt = plan.approvedAt
        approvedBy = plan.approvedBy
    }
}

/// A whole plan as the API returns it: header, narrative, teams, targets and every action
/// with its parsed schedule and where it stands today.
struct PlanDetailDTO: Content {
    struct Action: Content {
        let id: UUID
        let langkahAksi: String
        let buktiFisik: [String]
        let targetWaktu: String?
        let schedule: PeriodSchedule?
        let needsScheduling: Bool
        let picUserID: UUID?
        let picName: String?
        let picText: String?
        let realisasiPercent: Double?
        let status: String
        let statusLabel: String
        let overdueDates: [CalendarDate]
        let nextDueDate: CalendarDate?
        /// Realisation per monitoring period key.
        let realisations: [String: Double]
    }

    struct Indicator: Content {
        let id: UUID
        let text: String
        let lkeQuestionID: String?
        let actions: [Action]
    }

    struct Area: Content {
        let id: UUID
        let standardNumber: Int?
        let name: String
        let indicators: [Indicator]
    }

    struct Team: Content {
        let skNumber: String?
        let skDate: String?
        let members: [PlanTeamInput.Member]
    }

    let plan: PlanSummaryDTO
    let signPlace: String?
    let signDate: String?
    let narrative: PlanNarrative
    let areas: [Area]
    let targets: [String]
    let timKerja: Team
    let agenPerubahan: Team

    init(_ content: PlanContent, today: CalendarDate) {
        let names = RequestNames.current
        let plan = content.tree.plan
        self.plan = PlanSummaryDTO(plan)
        signPlace = plan.signPlace
        signDate = plan.signDate
        narrative = content.narrative
        areas = content.tree.areas.map { area in
            Area(
                id: area.row.id!, standardNumber: area.row.standardNumber, name: area.row.name,
                indicators: area.indicators.map { indicator in
                    Indicator(
                        id: indicator.row.id!, text: indicator.row.text, lkeQuestionID: indicator.row.lkeQuestionID,
                        actions: indicator.actions.map { action in
                            let timeliness = content.timeliness(of: action, today: today)
                            return Action(
                                id: action.row.id!, langkahAksi: action.row.langkahAksi, buktiFisik: action.buktiFisik,
                                targetWaktu: action.row.targetWaktu, schedule: action.schedule,
                                needsScheduling: action.row.needsScheduling, picUserID: action.row.$picUser.id,
                                picName: action.picName, picText: action.row.picText,
                                realisasiPercent: action.row.realisasiPercent, status: timeliness.status.rawValue,
                                statusLabel: names(timeliness.status), overdueDates: timeliness.overdueDates,
                                nextDueDate: timeliness.nextDueDate, realisations: action.realisations.mapValues(\.percent))
                        })
                })
        }
        targets = content.targets
        timKerja = Team(skNumber: plan.timSKNumber, skDate: plan.timSKDate, members: content.members(of: .timKerja))
        agenPerubahan = Team(skNumber: plan.agenSKNumber, skDate: plan.agenSKDate, members: content.members(of: .agenPerubahan))
    }
}
