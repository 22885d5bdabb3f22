import Vapor
import ZICore

/// The LKE frameworks SIZI knows, each prepared once for fast scoring and lookups.
package struct LKECatalog: Sendable {
    /// One framework with its scorer and per-question lookups.
    package struct Entry: Sendable {
        package let framework: LKEFramework
        let scorer: LKEScorer
        let template: LKETemplate
        let questions: [String: LKEQuestion]
        /// The change area (1…6) of each question; absent for hasil questions.
        let areaOf: [String: Int]
        /// The work-plan template drawn from this framework, if one ships with SIZI.
        let planTemplate: PlanTemplate?

        init(_ framework: LKEFramework, planTemplate: PlanTemplate?) {
            self.framework = framework
            self.planTemplate = planTemplate
            scorer = LKEScorer(framework: framework)
            template = LKETemplate(framework)
            questions = Dictionary(framework.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            areaOf = template.questions.reduce(into: [:]) { areas, question in
                if let area = question.area.flatMap({ Int($0) }) { areas[question.id] = area }
            }
        }
    }

    package static let defaultFrameworkID = "permenpanrb-90-2021"
    /// The framework of KemenPANRB's LKE ZI 2026 master: its `soal_id`s key PortalRB's API and
    /// its rows the official workbook.
    package static let masterFrameworkID = "lke-zi-2026"

    let entries: [String: Entry]
    let prerequisites: SubmissionPrerequisites

    init(registry: LKEFrameworkRegistry, prerequisites: SubmissionPrerequisites) throws {
        entries = Dictionary(
            uniqueKeysWithValues: try registry.ids.map { id in
                let framework = try registry.framework(id: id)
                return (id, Entry(framework, planTemplate: try Self.planTemplate(for: framework)))
            })
        self.prerequisites = prerequisites
    }

    /// The bundled plan template of `framework`; nil when none ships, an error when it is broken.
    private static func planTemplate(for framework: LKEFramework) throws -> PlanTemplate? {
        do {
            return try PlanTemplateLoader.bundled(for: framework)
        } catch PlanTemplateError.missing {
            return nil
        }
    }

    /// Every framework, by id.
    package var frameworks: [LKEFramework] {
        entries.keys.sorted().compactMap { entries[$0]?.framework }
    }

    /// The framework a new assessment for `year` uses when none is named (see
    /// ``LKEFramework/applicable(to:among:)``): 2026 on the LKE ZI 2026 master.
    package func entry(forYear year: Int) -> Entry {
        let framework = LKEFramework.applicable(to: year, among: entries.values.map(\.framework))
        return framework.flatMap { entries[$0.id] } ?? entries[Self.defaultFrameworkID]!
    }

    /// The framework with this id, or a validation error naming the field.
    package func entry(_ id: String, field: String = "frameworkID") throws -> Entry {
        guard let entry = entries[id] else {
            throw AppError.validation([FieldError(field: field, key: "validation.framework_unknown")])
        }
        return entry
    }
}

extension Application {
    private struct LKECatalogKey: StorageKey { typealias Value = LKECatalog }

    /// The loaded LKE frameworks and the Tabel 5 prerequisites.
    package var lke: LKECatalog {
        get { storage[LKECatalogKey.self]! }
        set { storage[LKECatalogKey.self] = newValue }
    }
}
