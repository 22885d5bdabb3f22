import ZICore
import ZIDocuments

/// The content of a plan before it is stored: areas → indicators → actions, in order.
///
/// Every way of starting a plan (empty, from the LKE template, from last year's plan, from an
/// imported table) produces one of these, and ``WorkPlanService`` stores it the same way.
package struct PlanDraft: Sendable {
    /// An area with its indicators.
    package struct Area: Sendable {
        var standardNumber: Int?
        var name: String
        var indicators: [Indicator] = []
    }

    /// An indicator with its actions.
    struct Indicator: Sendable {
        var text: String
        var lkeQuestionID: String?
        var actions: [Action] = []
    }

    /// An action as it will be stored.
    struct Action: Sendable {
        var langkahAksi: String
        var buktiFisik: [String]
        var targetWaktu: String?
        var picText: String?
        var realisasiPercent: Double?
    }

    var areas: [Area]

    /// The six standard change areas, without indicators.
    static var standardAreas: PlanDraft {
        PlanDraft(areas: (1...6).map { Area(standardNumber: $0, name: PlanArea.standard($0).description) })
    }

    /// The rows of an imported table, grouped by area (in order of first appearance) and by
    /// indicator (consecutive rows of an area with the same indicator text).
    package init(importing result: PlanImportResult) {
        var areas: [Area] = []
        for row in result.rows {
            let number: Int? = if case .standard(let value) = row.area { value } else { nil }
            let name = row.area.description
            var index = areas.firstIndex { $0.standardNumber == number && (number != nil || $0.name == name) }
            if index == nil {
                areas.append(Area(standardNumber: number, name: name))
                index = areas.count - 1
            }
            let action = Action(
                langkahAksi: row.langkahAksi, buktiFisik: row.buktiFisik, targetWaktu: row.targetWaktu,
                realisasiPercent: row.realisasiPercent)
            if let last = areas[index!].indicators.indices.last, areas[index!].indicators[last].text == row.indikator {
                areas[index!].indicators[last].actions.append(action)
            } else {
                areas[index!].indicators.append(Indicator(text: row.indikator, actions: [action]))
            }
        }
        self.areas = areas
    }

    package init(areas: [Area]) {
        self.areas = areas
    }

    /// How many actions the draft holds.
    var actionCount: Int {
        areas.reduce(0) { $0 + $1.indicators.reduce(0) { $0 + $1.actions.count } }
    }
}
