import Vapor
import ZICore

/// What the form to add or change a risk shows: the fields as typed, the scales' points to
/// choose from (with what each means) and the matrix's levels.
struct RiskFormPage: Encodable {
    /// A scale as choices, the typed one selected.
    struct Scale: Encodable {
        let name: String
        let points: [Choice]
        let descriptions: [String]
    }

    let unit: UnitDTO
    let riskID: UUID?
    let likelihood: Scale
    let impact: Scale
    let residualLikelihood: Scale
    let residualImpact: Scale
    let levels: [String]
    let form: FormState

    init(unit: WorkUnit, risk: Risk?, matrix: RiskMatrix, form: FormState) {
        func scale(_ scale: RiskScale, field: String) -> Scale {
            Scale(
                name: scale.name,
                points: scale.points.map {
                    Choice(
                        value: String($0.value), label: "\($0.value) – \($0.label)",
                        selected: form.values[field] == String($0.value))
                },
                descriptions: scale.points.map { "\($0.value) – \($0.label): \($0.description)" })
        }
        self.unit = UnitDTO(unit)
        riskID = risk?.id
        likelihood = scale(matrix.likelihood, field: "likelihood")
        impact = scale(matrix.impact, field: "impact")
        residualLikelihood = scale(matrix.likelihood, field: "residualLikelihood")
        residualImpact = scale(matrix.impact, field: "residualImpact")
        levels = matrix.levels.map { "\($0.label) (\($0.minScore)–\($0.maxScore))" }
        self.form = form
    }
}
