import Foundation

/// Reads plan template files: decodes the JSON and validates it against its LKE framework,
/// failing with a ``PlanTemplateError`` that names the file and every problem.
public enum PlanTemplateLoader {
    /// The template shipped with ZICore for `framework`
    /// (`Resources/plan-templates/<framework id>.json`), validated against it.
    public static func bundled(for framework: LKEFramework) throws -> PlanTemplate {
        guard
            let url = Bundle.module.url(
                forResource: framework.id, withExtension: "json",
                subdirectory: "plan-templates")
        else {
            throw PlanTemplateError.missing(framework: framework.id)
        }
        return try load(contentsOf: url, for: framework)
    }

    /// Loads the template file at `url` and validates it against `framework`.
    public static func load(contentsOf url: URL, for framework: LKEFramework) throws -> PlanTemplate {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PlanTemplateError.unreadable(source: url.lastPathComponent, reason: error.localizedDescription)
        }
        return try load(data: data, source: url.lastPathComponent, for: framework)
    }

    /// Decodes a template from JSON `data` and validates it against `framework`;
    /// `source` names it in errors.
    public static func load(data: Data, source: String, for framework: LKEFramework) throws -> PlanTemplate {
        let template: PlanTemplate
        do {
            template = try JSONDecoder().decode(PlanTemplate.self, from: data)
        } catch let error as DecodingError {
            throw PlanTemplateError.malformed(source: source, reason: LKEFrameworkLoader.describe(error))
        }
        try PlanTemplateValidator.validate(template, against: framework, source: source)
        return template
    }
}
