import Foundation

/// The installation-wide recipe that turns a receipt into its ``ReceiptSecrets``: one scrypt of
/// the receipt's digits with a random installation salt, then HKDF-SHA256 with two different
/// labels, one giving the lookup identifier the server stores and one the receipt key that
/// wraps the report key.
///
/// Generate it once when the WBS is set up and store it (it is `Codable`); it must stay the same
/// for as long as receipts are in use, because lookup has to be deterministic. Every receipt
/// attempt, right or wrong, costs exactly one scrypt at ``parameters`` and gets the same answer
/// when no report matches (``WhistleblowingError/unknownReceipt``).
public struct ReceiptDerivation: Codable, Hashable, Sendable {
    /// The length of the installation salt.
    public static let saltByteCount = 32

    /// The installation salt: random, generated once, not secret but not shared with other installations.
    public let salt: Data
    /// The scrypt cost of every receipt derivation in this installation.
    public let parameters: ScryptParameters

    private static let lookupLabel = "sizi.wbs.receipt.lookup.v1"
    private static let keyLabel = "sizi.wbs.receipt.key.v1"

    /// A new recipe with a fresh random salt.
    public static func generate(parameters: ScryptParameters = .standard) -> ReceiptDerivation {
        ReceiptDerivation(salt: SecureRandom.bytes(saltByteCount), parameters: parameters)
    }

    /// The lookup identifier and receipt key of `receipt` (one scrypt).
    public func secrets(for receipt: Receipt) throws(WhistleblowingError) -> ReceiptSecrets {
        let master = try parameters.deriveKey(from: Data(receipt.digits.utf8), salt: salt)
        return ReceiptSecrets(
            lookupIdentifier: master.derived(label: Self.lookupLabel).data,
            key: master.derived(label: Self.keyLabel))
    }
}
