import ArgumentParser
import Foundation
import ZICore

/// `sizi lke …`: the LKE worksheet on the command line, for batch use and for checking.
struct LKECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lke", abstract: "LKE worksheet tools (PermenPANRB 90/2021).", subcommands: [Template.self, Score.self])

    static let defaultFramework = "permenpanrb-90-2021"

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every question: id, area, type, options, inputs.")
        @Option(help: "Framework id.") var framework = LKECommand.defaultFramework
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let template = LKETemplate(try LKEFrameworkRegistry.bundled().framework(id: framework))
            if json {
                try printJSON(template)
            } else {
                for question in template.questions {
                    let choices = question.options.isEmpty ? question.type.rawValue : question.options.joined(separator: "/")
                    print("\(question.id)\t\(choices)\t\(question.text)")
                }
            }
        }
    }

    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score an answer file: {\"framework\": \"…\", \"answers\": {\"<id>\": \"Ya\" | \"A\"… | number | {inputs}}}.")
        @Argument(help: "The answer file (JSON).") var file: String
        @Option(help: "Framework id (default: the file's own).") var framework: String?
        @Option(help: "Predicates already held, comma-separated (e.g. wbk).") var held: String = ""
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("Cannot read \(file): \(error.localizedDescription)")
            }
            let registry = try LKEFrameworkRegistry.bundled()
            let sheet = try LKEAnswerSheet.parse(data)
            let lke = try registry.framework(id: framework ?? sheet.framework)
            var checked = sheet
            checked.framework = lke.id
            try checked.validate(against: lke)
            let heldPredicates = Set(held.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            let score = try LKEScorer(framework: lke).score(sheet.answers)
            let predicates = LKEPredicateEvaluator.evaluate(score, framework: lke, held: heldPredicates)
            if json {
                try printJSON(LKEScoreReport(score: score, predicates: predicates))
            } else {
                print(LKEScoreText.render(score, framework: lke, predicates: predicates))
            }
        }
    }
}

/// Prints a value as pretty JSON with stable key order.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
