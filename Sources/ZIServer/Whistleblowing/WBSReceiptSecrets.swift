import Vapor
import ZICore

/// Receipt secrets derived through the ``ScryptGate`` with the installation's recipe.
enum WBSReceiptSecrets {
    static func derive(_ receipt: Receipt, app: Application) async throws -> ReceiptSecrets {
        let derivation = try await WBSReceiptRecipe.current(app)
        return try await app.scryptGate.run { CryptoBox(try derivation.secrets(for: receipt)) }.value
    }
}
