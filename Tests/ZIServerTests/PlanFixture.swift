import Fluent
import Vapor
import ZICore
@testable import ZIServer

/// Work plans (and the assessment they feed) for tests, stored through the same services the
/// routes use.
enum PlanFixture {
    /// An open (draft) 2026 LKE assessment of `unit`.
    static func assessment(_ app: Application, unit: WorkUnit) async throws -> Assessment {
        try await app.write { db in
            try await AssessmentService.create(
                unit: unit, year: 2026, catalog: app.lke.entry(LKECatalog.defaultFrameworkID),
                holdsWBK: false, by: .system, on: db)
        }
    }

    /// A draft 2026 plan of `unit` with one action in area 1 (due Maret 2026) and one in
    /// area 2 (due every quarter of 2026), monev each quarter.
    static func plan(_ app: Application, unit: WorkUnit, year: Int = 2026) async throws -> WorkPlan {
        var draft = PlanDraft.standardAreas
        draft.areas[0].indicators = [
            PlanDraft.Indicator(
                text: "Tim kerja dibentuk", lkeQuestionID: "A.I.1.i.a",
                actions: [
                    PlanDraft.Action(
                        langkahAksi: "A: menyusun SK Tim Kerja", buktiFisik: ["SK Tim Kerja", "Notulen"],
                        targetWaktu: "Maret \(year)")
                ])
        ]
        draft.areas[1].indicators = [
            PlanDraft.Indicator(
                text: "SOP diperbarui",
                actions: [
                    PlanDraft.Action(
                        langkahAksi: "B: meninjau SOP layanan", buktiFisik: ["Daftar SOP"], targetWaktu: "Setiap triwulan \(year)")
                ])
        ]
        let content = draft
        return try await app.write { db in
            try await WorkPlanService.create(
                unit: unit, year: year, origin: .empty, cadence: .triwulan, draft: content, by: .system, on: db)
        }
    }
}
