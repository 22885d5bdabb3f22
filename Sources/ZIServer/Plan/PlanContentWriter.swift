import Fluent
import Foundation
import ZICore

/// Stores a ``PlanDraft`` below a plan: areas, indicators and actions, in order, with each
/// action's TARGET WAKTU parsed in the plan's year. Rows are inserted in batches.
enum PlanContentWriter {
    static func store(_ draft: PlanDraft, in plan: WorkPlan, on db: any Database) async throws {
        var areas: [WorkPlanArea] = []
        var indicators: [WorkPlanIndicator] = []
        var actions: [WorkPlanAction] = []
        for (areaIndex, area) in draft.areas.enumerated() {
            let areaRow = WorkPlanArea()
            areaRow.id = UUID()
            areaRow.$plan.id = plan.id!
            areaRow.position = areaIndex
            areaRow.standardNumber = area.standardNumber
            areaRow.name = area.name
            areas.append(areaRow)
            for (indicatorIndex, indicator) in area.indicators.enumerated() {
                let indicatorRow = WorkPlanIndicator()
                indicatorRow.id = UUID()
                indicatorRow.$plan.id = plan.id!
                indicatorRow.$area.id = areaRow.id!
                indicatorRow.position = indicatorIndex
                indicatorRow.text = indicator.text
                indicatorRow.lkeQuestionID = indicator.lkeQuestionID
                indicators.append(indicatorRow)
                for (actionIndex, action) in indicator.actions.enumerated() {
                    let row = WorkPlanAction()
                    row.$plan.id = plan.id!
                    row.$indicator.id = indicatorRow.id!
                    row.position = actionIndex
                    try fill(
                        row, langkahAksi: action.langkahAksi, buktiFisik: action.buktiFisik,
                        targetWaktu: action.targetWaktu, year: plan.year)
                    row.picText = action.picText
                    row.realisasiPercent = action.realisasiPercent
                    actions.append(row)
                }
            }
        }
        try await createInBatches(areas, on: db)
        try await createInBatches(indicators, on: db)
        try await createInBatches(actions, on: db)
    }

    /// Inserts models a hundred rows per statement (well below SQLite's bound-parameter limit).
    private static func createInBatches<M: Model>(_ models: [M], on db: any Database) async throws {
        for start in stride(from: 0, to: models.count, by: 100) {
            try await Array(models[start..<min(start + 100, models.count)]).create(on: db)
        }
    }

    /// Sets an action's text fields, parsing TARGET WAKTU in `year` (the text is always kept).
    static func fill(_ row: WorkPlanAction, langkahAksi: String, buktiFisik: [String], targetWaktu: String?, year: Int) throws {
        row.langkahAksi = langkahAksi
        row.buktiFisikJSON = String(decoding: try JSONEncoder().encode(buktiFisik), as: UTF8.self)
        row.targetWaktu = targetWaktu
        let schedule = targetWaktu.map { PeriodParser.parse($0, defaultYear: year) }
        row.scheduleJSON = try schedule.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        row.needsScheduling = schedule?.needsScheduling ?? true
    }
}
