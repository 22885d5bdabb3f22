import ZICore

/// The risk matrix the register rates with: the bundled 5×5 matrix, read and checked once.
package enum RiskMatrixStore {
    private static let bundled = Result { try RiskMatrixLoader.bundled() }

    /// The matrix, or the loader's error (a broken resource bundle).
    package static func matrix() throws -> RiskMatrix {
        try bundled.get()
    }
}
