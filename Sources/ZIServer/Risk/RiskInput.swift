import Foundation
import Vapor
import ZICore

/// A risk as the form or the API sends it. Every field is text (a number may also come as a JSON
/// number) so a refused form shows exactly what was typed.
package struct RiskInput: Content {
    var year: String?
    var objective: String?
    var statement: String?
    var cause: String?
    var effect: String?
    var likelihood: String?
    var impact: String?
    var existingControls: String?
    var residualLikelihood: String?
    var residualImpact: String?

    init(
        year: String? = nil, objective: String? = nil, statement: String? = nil, cause: String? = nil, effect: String? = nil,
        likelihood: String? = nil, impact: String? = nil, existingControls: String? = nil, residualLikelihood: String? = nil,
        residualImpact: String? = nil
    ) {
        self.year = year
        self.objective = objective
        self.statement = statement
        self.cause = cause
        self.effect = effect
        self.likelihood = likelihood
        self.impact = impact
        self.existingControls = existingControls
        self.residualLikelihood = residualLikelihood
        self.residualImpact = residualImpact
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = container.textOrNumber
        self.init(
            year: try text(.year), objective: try text(.objective), statement: try text(.statement), cause: try text(.cause),
            effect: try text(.effect), likelihood: try text(.likelihood), impact: try text(.impact),
            existingControls: try text(.existingControls), residualLikelihood: try text(.residualLikelihood),
            residualImpact: try text(.residualImpact))
    }

    /// The input once every field is valid.
    package struct Checked: Sendable {
        let year: Int
        let objective: String
        let statement: String
        let cause: String
        let effect: String
        let inherent: RiskCell
        let existingControls: String?
        let residual: RiskCell?

        package init(
            year: Int, objective: String, statement: String, cause: String, effect: String, inherent: RiskCell, existingControls: String?,
            residual: RiskCell?
        ) {
            self.year = year
            self.objective = objective
            self.statement = statement
            self.cause = cause
            self.effect = effect
            self.inherent = inherent
            self.existingControls = existingControls
            self.residual = residual
        }
    }

    /// Checks every field against `matrix`'s scales; the refusal names each field in Indonesian.
    func checked(matrix: RiskMatrix) throws -> Checked {
        var validator = Validator()
        let year = Int(year?.trimmingCharacters(in: .whitespaces) ?? "").flatMap { (2010...2100).contains($0) ? $0 : nil }
        if year == nil { validator.add("year", "validation.year") }
        let objective = Self.text(objective, field: "objective", max: 1000, &validator)
        let statement = Self.text(statement, field: "statement", max: 1000, &validator)
        let cause = Self.text(cause, field: "cause", max: 2000, &validator)
        let effect = Self.text(effect, field: "effect", max: 2000, &validator)
        let controls = validator.optional("existingControls", existingControls, max: 4000)
        let inherentLikelihood = Self.rating(likelihood, field: "likelihood", scale: matrix.likelihood, &validator)
        let inherentImpact = Self.rating(impact, field: "impact", scale: matrix.impact, &validator)
        let residual = Self.residual(residualLikelihood, residualImpact, matrix: matrix, &validator)
        try validator.check()
        return Checked(
            year: year!, objective: objective!, statement: statement!, cause: cause!, effect: effect!,
            inherent: RiskCell(likelihood: inherentLikelihood!, impact: inherentImpact!),
            existingControls: controls, residual: residual ?? nil)
    }

    /// A required text of at most `max` characters; its message (`validation.risk_<field>`) names the field.
    private static func text(_ value: String?, field: String, max: Int, _ validator: inout Validator) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty, trimmed.count <= max else {
            validator.add(field, "validation.risk_\(field)", [String(max)])
            return nil
        }
        return trimmed
    }

    /// A point of `scale`; its message names the field and the scale's range.
    static func rating(_ value: String?, field: String, scale: RiskScale, _ validator: inout Validator) -> Int? {
        guard let number = Int(value?.trimmingCharacters(in: .whitespaces) ?? ""), scale.point(number) != nil else {
            validator.add(field, "validation.risk_\(field)", [String(scale.points.count)])
            return nil
        }
        return number
    }

    /// The rating after controls: both parts or neither (`.some(nil)`); `nil` when refused.
    static func residual(_ likelihood: String?, _ impact: String?, matrix: RiskMatrix, _ validator: inout Validator) -> RiskCell?? {
        let blank = { (value: String?) in value?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }
        if blank(likelihood) && blank(impact) { return .some(nil) }
        let l = rating(likelihood, field: "residualLikelihood", scale: matrix.likelihood, &validator)
        let i = rating(impact, field: "residualImpact", scale: matrix.impact, &validator)
        guard let l, let i else { return nil }
        return RiskCell(likelihood: l, impact: i)
    }
}
