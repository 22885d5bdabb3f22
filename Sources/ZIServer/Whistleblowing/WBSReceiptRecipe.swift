import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor
import ZICore

/// The installation's `ReceiptDerivation` (random salt and scrypt cost), stored once in the
/// database so every instance derives the same lookup identifier from a receipt. Made on first
/// use with the configured cost; if two instances make it at once, the second reads the first's.
final class WBSReceiptRecipe: Model, @unchecked Sendable {
    static let schema = "wbs_receipt_recipe"
    static let rowName = "receipt-derivation"

    @ID(custom: "name", generatedBy: .user) var id: String?
    /// The `ReceiptDerivation` as JSON.
    @Field(key: "recipe") var recipe: Data

    init() {}

    /// The installation's recipe, made and stored when there is none yet.
    static func current(_ app: Application) async throws -> ReceiptDerivation {
        if let known = app.receiptRecipeCache.withLockedValue({ $0 }) { return known }
        let derivation = try await loadOrCreate(app)
        app.receiptRecipeCache.withLockedValue { $0 = derivation }
        return derivation
    }

    private static func loadOrCreate(_ app: Application) async throws -> ReceiptDerivation {
        if let stored = try await WBSReceiptRecipe.find(rowName, on: app.db) {
            return try StoredJSON.decode(ReceiptDerivation.self, from: stored.recipe)
        }
        let row = WBSReceiptRecipe()
        row.id = rowName
        row.recipe = try StoredJSON.encode(ReceiptDerivation.generate(parameters: app.settings.whistleblowing.scrypt))
        do {
            try await app.write { db in try await row.create(on: db) }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another instance stored its recipe first: use that one.
        }
        guard let stored = try await WBSReceiptRecipe.find(rowName, on: app.db) else { throw AppError.notFound }
        return try StoredJSON.decode(ReceiptDerivation.self, from: stored.recipe)
    }
}

extension Application {
    private struct ReceiptRecipeKey: StorageKey { typealias Value = NIOLockedValueBox<ReceiptDerivation?> }

    /// The recipe once read (it never changes).
    fileprivate var receiptRecipeCache: NIOLockedValueBox<ReceiptDerivation?> {
        if let box = storage[ReceiptRecipeKey.self] { return box }
        let box = NIOLockedValueBox<ReceiptDerivation?>(nil)
        storage[ReceiptRecipeKey.self] = box
        return box
    }
}
