import ArgumentParser
import Foundation
import ZICore
import ZIDocuments
import ZIServer

/// `sizi skm compute`: the satisfaction index (IKM, PermenPANRB 14/2017) of a CSV of responses,
/// computed exactly as the server does, without a server.
struct SKMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skm", abstract: "Satisfaction survey (SKM) tools.", subcommands: [Compute.self])

    struct Compute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute NRR per element, IKM, the converted value and the grade from a CSV (one row per respondent, columns U1..U9)."
        )
        @Argument(help: "The responses (.csv; other columns are ignored).") var file: String
        @Option(help: "Reproduce an old report that weighted each element with this rounded value (e.g. 0.111) instead of exactly 1/9.")
        var roundedWeight: Double?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("Cannot read \(file): \(error.localizedDescription)")
            }
            let responses: [SKMResponse]
            do { responses = try SKMResponseCSV.parse(data) } catch { throw ValidationError(error.description) }
            guard let result = SKMCalculator.compute(responses, weight: roundedWeight.map(SKMWeight.rounded) ?? .exact) else {
                throw ValidationError("\(file) holds no responses")
            }
            if json {
                try printJSON(result)
                return
            }
            for element in SKMElement.allCases {
                let lowest = result.lowestElements.contains(element) ? "  ← terendah" : ""
                print(String(format: "%@ %@: NRR %.3f\(lowest)", element.code, element.name, result.nrr[element] ?? 0))
            }
            print(
                String(
                    format: "IKM %.4f; nilai konversi %.2f; mutu %@ (%@); %d responden", result.ikm, result.publishedConverted,
                    result.grade.rawValue, RequestNames.indonesian(result.grade), result.respondents))
        }
    }
}
