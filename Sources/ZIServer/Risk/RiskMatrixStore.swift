import Foundation
import Vapor
import ZICore

/// The risk matrix the register rates with: the agency's own (`SIZI_RISK_MATRIX_FILE`) or the
/// bundled 5×5 matrix, read and checked once at start (a broken file stops the server, naming
/// the file and every problem).
package enum RiskMatrixStore {
    /// The matrix of `settings`: the file's when one is given, else the bundled one.
    static func load(_ settings: Settings) throws -> RiskMatrix {
        guard let path = settings.riskMatrixFile else { return try RiskMatrixLoader.bundled() }
        let url = URL(fileURLWithPath: path)
        guard let data = try? Data(contentsOf: url) else {
            throw SettingsError(key: "SIZI_RISK_MATRIX_FILE", message: "cannot read \(path)")
        }
        return try RiskMatrixLoader.load(data: data, source: url.lastPathComponent)
    }
}

extension Application {
    private struct RiskMatrixKey: StorageKey { typealias Value = RiskMatrix }

    /// The installation's risk matrix (set at start by ``RiskMatrixStore/load(_:)``).
    package var riskMatrix: RiskMatrix {
        get throws {
            guard let matrix = storage[RiskMatrixKey.self] else { throw RiskMatrixError.resourcesMissing }
            return matrix
        }
    }

    func setRiskMatrix(_ matrix: RiskMatrix) {
        storage[RiskMatrixKey.self] = matrix
    }
}
