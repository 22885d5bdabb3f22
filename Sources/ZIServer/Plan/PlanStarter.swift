import Fluent
import Foundation
import ZICore

/// The first content of a new plan, by how the unit chooses to start it.
enum PlanStarter {
    /// The draft for `origin`: the six empty areas, the LKE template, or a copy of the unit's
    /// latest earlier plan. An import starts from no areas; its table fills the plan.
    static func draft(
        _ origin: WorkPlanService.Origin, unit: WorkUnit, year: Int, catalog: LKECatalog.Entry,
        on db: any Database
    ) async throws -> PlanDraft {
        switch origin {
        case .empty: PlanDraft.standardAreas
        case .imported: PlanDraft(areas: [])
        case .lke: try fromTemplate(catalog, year: year)
        case .previous: try await fromPreviousPlan(of: unit, before: year, on: db)
        }
    }

    /// One indicator per LKE pengungkit question, with the template's suggested actions,
    /// grouped under the six areas.
    static func fromTemplate(_ catalog: LKECatalog.Entry, year: Int) throws -> PlanDraft {
        guard let template = catalog.planTemplate else { throw AppError.conflict("plan_no_template") }
        var draft = PlanDraft.standardAreas
        for item in template.items {
            guard let area = catalog.areaOf[item.questionID], let index = draft.areas.firstIndex(where: { $0.standardNumber == area })
            else { continue }
            draft.areas[index].indicators.append(
                PlanDraft.Indicator(
                    text: item.indikator, lkeQuestionID: item.questionID,
                    actions: item.actions.map {
                        PlanDraft.Action(
                            langkahAksi: $0.langkahAksi, buktiFisik: $0.buktiFisik,
                            targetWaktu: template.targetWaktu($0, year: year))
                    }))
        }
        return draft
    }

    /// The unit's latest plan before `year`, areas to actions, with each TARGET WAKTU moved to
    /// the new year (`Maret 2025` → `Maret 2026`); realisation, monev and teams are not copied.
    static func fromPreviousPlan(of unit: WorkUnit, before year: Int, on db: any Database) async throws -> PlanDraft {
        guard
            let previous = try await WorkPlan.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year < year)
                .sort(\.$year, .descending).first()
        else { throw AppError.conflict("plan_no_previous", field: "origin") }
        let tree = try await PlanTree.load(previous, on: db)
        let shift = { (text: String) in text.replacingOccurrences(of: String(previous.year), with: String(year)) }
        return PlanDraft(
            areas: tree.areas.map { area in
                PlanDraft.Area(
                    standardNumber: area.row.standardNumber, name: area.row.name,
                    indicators: area.indicators.map { indicator in
                        PlanDraft.Indicator(
                            text: indicator.row.text, lkeQuestionID: indicator.row.lkeQuestionID,
                            actions: indicator.actions.map {
                                PlanDraft.Action(
                                    langkahAksi: $0.row.langkahAksi, buktiFisik: $0.buktiFisik,
                                    targetWaktu: $0.row.targetWaktu.map(shift), picText: $0.row.picText)
                            })
                    })
            })
    }
}
