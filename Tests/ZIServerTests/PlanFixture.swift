import Fluent
import Vapor
import ZICore
@testable import ZIServer

/// Work plans for tests, stored through the same service the routes use.
enum PlanFixture {
    /// A draft 2026 plan of `unit` with one action in area 1 (due Maret 2026) and one in
    /// area 2 (due every quarter of 2026), monev each quarter.
    static func plan(_ app: Application, unit: WorkUnit, year: Int = 2026) async throws -> WorkPlan {
        var draft = PlanDraft.standardAreas
        draft.areas[0].indicators = [PlanDraft.Indicator(text: "Tim kerja dibentuk", lkeQuestionID: "A.I.1.i.a", actions: [
            PlanDraft.Action(langkahAksi: "A: menyusun SK Tim Kerja", buktiFisik: ["SK Tim Kerja", "Notulen"],
                             targetWaktu: "Maret \(year)"),
        ])]
        draft.areas[1].indicators = [PlanDraft.Indicator(text: "SOP diperbarui", actions: [
            PlanDraft.Action(langkahAksi: "B: meninjau SOP layanan", buktiFisik: ["Daftar SOP"], targetWaktu: "Setiap triwulan \(year)"),
        ])]
        let content = draft
        return try await app.write { db in
            try await WorkPlanService.create(unit: unit, year: year, origin: .empty, cadence: .triwulan, draft: content, by: .system, on: db)
        }
    }
}
