import Crypto
import Foundation

/// What one receipt yields after its single scrypt derivation (see ``ReceiptDerivation``).
public struct ReceiptSecrets {
    /// The 32 bytes the server stores with the report and finds it by (a unique index).
    /// A different HKDF output from ``key``, so it reveals nothing about the key or the receipt.
    public let lookupIdentifier: Data
    /// The key the report key is wrapped to for the reporter; never stored.
    let key: SymmetricKey
}
