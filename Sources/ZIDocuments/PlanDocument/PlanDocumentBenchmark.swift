import ZICore

/// A realistic synthetic plan document of any size, to measure rendering (for example from the
/// CLI: render `sample(actions: 150)` as DOCX and HTML and time it).
///
/// The plan has the six change areas with five indikator each; the actions are dealt to the
/// indikator in turn, so they spread evenly (indikator left without an action are dropped).
/// Every action has three pieces of evidence, a target waktu, a PIC and a realisasi; the
/// teams and the priority targets are filled in. The same `actions` always give the same plan.
public enum PlanDocumentBenchmark {
    /// A plan document with `actions` actions (0 or more).
    public static func sample(actions: Int) -> PlanDocument {
        let catalogue = PlanDocumentBenchmarkTexts.areas
        let indikatorCount = catalogue.reduce(0) { $0 + $1.indikators.count }
        var position = 0
        let areas = catalogue.enumerated().map { areaIndex, area in
            let indikators = area.indikators.compactMap { indikator -> PlanDocument.Indikator? in
                let share = max(0, actions - position + indikatorCount - 1) / indikatorCount
                position += 1
                guard share > 0 else { return nil }
                let steps = (0..<share).map { step(for: indikator, number: $0, area: areaIndex) }
                return PlanDocument.Indikator(text: indikator.text, lkeQuestionID: nil, actions: steps)
            }
            return PlanDocument.Area(name: area.name, number: areaIndex + 1, indikators: indikators)
        }
        let unit = "Balai Besar Pengujian Standar Instrumen Contoh"
        return PlanDocument(
            unitName: unit, instansiName: "Kementerian Contoh", year: 2025, place: "Bogor",
            signDate: CalendarDate(year: 2025, month: 1, day: 15), headName: "Dr. Ir. Suryani Pratiwi, M.Si.",
            headNIP: "197203151998032001", headTitle: "Kepala \(unit)",
            narrative: .defaults(unitName: unit, instansiName: "Kementerian Contoh", year: 2025),
            areas: areas, showRealisasi: true, targetPrioritas: PlanDocumentBenchmarkTexts.targetPrioritas,
            timKerja: PlanDocument.Team(
                skNumber: "B-12/KP.340/H.5/01/2025", skDate: CalendarDate(year: 2025, month: 1, day: 6),
                members: PlanDocumentBenchmarkTexts.team(roles: PlanDocumentBenchmarkTexts.timKerjaRoles)),
            agenPerubahan: PlanDocument.Team(
                skNumber: "B-13/KP.340/H.5/01/2025", skDate: CalendarDate(year: 2025, month: 1, day: 6),
                members: PlanDocumentBenchmarkTexts.team(roles: Array(repeating: "Agen Perubahan", count: 8)))
        )
    }

    /// The `number`-th action (0-based) of an indikator: a step of the usual plan-do-check cycle
    /// applied to the indikator's subject, due in a month that moves through the year.
    private static func step(for indikator: PlanDocumentBenchmarkTexts.Indikator, number: Int, area: Int) -> PlanDocument.Action {
        let steps = PlanDocumentBenchmarkTexts.steps
        let template = steps[number % steps.count]
        let month = PlanDocumentBenchmarkTexts.months[(area * 2 + number * 3) % 12]
        return PlanDocument.Action(
            langkahAksi: template.action.replacing("{}", with: indikator.subject),
            buktiFisik: template.evidence.map { $0.replacing("{}", with: indikator.subject) },
            targetWaktu: "\(month) 2025",
            pic: PlanDocumentBenchmarkTexts.pics[(area + number) % PlanDocumentBenchmarkTexts.pics.count],
            realisasiPercent: Double((number * 35 + area * 10) % 101)
        )
    }
}
