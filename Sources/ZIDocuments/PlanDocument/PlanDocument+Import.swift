extension PlanDocument {
    /// A plan document holding the actions of an imported plan table, with the default narrative
    /// and no teams or priority targets yet.
    ///
    /// The areas come in order of first appearance; an area the table returns to later (a plan
    /// listing the six areas under Pemenuhan and again under Reform) gathers all its rows. Rows
    /// next to each other in the file with the same area and indikator form one indikator.
    /// The head's title is `Kepala <unitName>`; the realisasi column shows if any row has one.
    public init(importResult: PlanImportResult, unitName: String, year: Int) {
        var areas: [PlanArea: Area] = [:]
        var order: [PlanArea] = []
        for run in importResult.rows.consecutiveRuns(by: IndikatorKey.init) {
            let area = run[0].area
            if areas[area] == nil {
                order.append(area)
                areas[area] = Area(name: area.description, number: area.standardNumber, indikators: [])
            }
            let actions = run.map {
                Action(
                    langkahAksi: $0.langkahAksi, buktiFisik: $0.buktiFisik, targetWaktu: $0.targetWaktu, pic: nil,
                    realisasiPercent: $0.realisasiPercent)
            }
            areas[area]?.indikators.append(Indikator(text: run[0].indikator, lkeQuestionID: nil, actions: actions))
        }
        self.init(
            unitName: unitName, instansiName: nil, year: year, place: nil, signDate: nil, headName: nil, headNIP: nil,
            headTitle: "Kepala \(unitName)", narrative: .defaults(unitName: unitName, instansiName: nil, year: year),
            areas: order.compactMap { areas[$0] }, showRealisasi: importResult.rows.contains { $0.realisasiPercent != nil },
            targetPrioritas: [], timKerja: nil, agenPerubahan: nil
        )
    }
}

/// What rows of one indikator share.
private struct IndikatorKey: Equatable {
    let area: PlanArea
    let indikator: String

    init(_ row: PlanImportRow) {
        area = row.area
        indikator = row.indikator
    }
}

private extension PlanArea {
    /// The number of a standard change area; `nil` for a unit's own.
    var standardNumber: Int? {
        if case .standard(let number) = self { number } else { nil }
    }
}
