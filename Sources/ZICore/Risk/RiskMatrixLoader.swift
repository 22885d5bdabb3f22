import Foundation

/// Reads risk matrix files: decodes the JSON and checks it with ``RiskMatrixValidator``,
/// failing with a ``RiskMatrixError`` that names the file and every problem.
public enum RiskMatrixLoader {
    /// The matrix shipped with ZICore, `Resources/risk/matriks-risiko-5x5.json`.
    public static func bundled() throws -> RiskMatrix {
        guard let url = Bundle.module.url(forResource: "matriks-risiko-5x5", withExtension: "json", subdirectory: "risk") else {
            throw RiskMatrixError.resourcesMissing
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RiskMatrixError.unreadable(source: url.lastPathComponent, reason: error.localizedDescription)
        }
        return try load(data: data, source: url.lastPathComponent)
    }

    /// Decodes and checks a matrix from JSON `data` (a unit's own matrix); `source` names it in errors.
    public static func load(data: Data, source: String) throws -> RiskMatrix {
        let matrix: RiskMatrix
        do {
            matrix = try JSONDecoder().decode(RiskMatrix.self, from: data)
        } catch let error as DecodingError {
            throw RiskMatrixError.malformed(source: source, reason: LKEFrameworkLoader.describe(error))
        }
        let issues = RiskMatrixValidator.issues(in: matrix)
        guard issues.isEmpty else { throw RiskMatrixError.invalid(source: source, issues: issues) }
        return matrix
    }
}
