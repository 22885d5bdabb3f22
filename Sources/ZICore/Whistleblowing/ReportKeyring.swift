import Crypto
import Foundation

/// Who can open a report's key: the reporter, through the receipt key, and each designated WBS
/// handler, through their private key. The server stores it as is (`Codable`) with the report
/// and updates it when a handler is added.
public struct ReportKeyring: Codable, Equatable, Sendable {
    /// The report key sealed under the receipt key (nonce ‖ ciphertext ‖ tag).
    public private(set) var receiptWrappedKey: Data
    /// The report key wrapped for each handler.
    public private(set) var handlerWrappedKeys: [HandlerWrappedKey]

    private static let receiptLabel = "sizi.wbs.report-key.receipt.v1"

    /// `reportKey` wrapped for the reporter (`receipt`) and for each of `handlers`.
    public init(reportKey: ReportKey, receipt: ReceiptSecrets, handlers: [HandlerPublicKey]) throws(WhistleblowingError) {
        receiptWrappedKey = try AuthenticatedEncryption.seal(reportKey.key.data, using: receipt.key, label: Self.receiptLabel)
        handlerWrappedKeys = []
        for handler in handlers { try add(handler, reportKey: reportKey) }
    }

    /// The handlers the key is wrapped for.
    public var handlers: [HandlerPublicKey] { handlerWrappedKeys.map(\.recipient) }

    /// The report key for the reporter; ``WhistleblowingError/unknownReceipt`` when `receipt` is not this report's.
    public func reportKey(receipt: ReceiptSecrets) throws(WhistleblowingError) -> ReportKey {
        guard let raw = AuthenticatedEncryption.open(receiptWrappedKey, using: receipt.key, label: Self.receiptLabel) else {
            throw .unknownReceipt
        }
        return ReportKey(key: SymmetricKey(data: raw))
    }

    /// The report key for a handler; ``WhistleblowingError/notARecipient`` when the key was not wrapped for them.
    public func reportKey(handler: HandlerPrivateKey) throws(WhistleblowingError) -> ReportKey {
        guard let wrapped = handlerWrappedKeys.first(where: { $0.recipient == handler.publicKey }) else {
            throw .notARecipient
        }
        return try wrapped.unwrap(with: handler)
    }

    /// Wraps the report key for `newHandler` as well, opening it with `grantor`, a handler who
    /// already holds it. Adding a handler who is already in the keyring changes nothing.
    public mutating func addHandler(_ newHandler: HandlerPublicKey, grantedBy grantor: HandlerPrivateKey) throws(WhistleblowingError) {
        try add(newHandler, reportKey: reportKey(handler: grantor))
    }

    /// Drops the copy wrapped for `handler` (a reassignment), so the stored keyring no longer
    /// opens for them. It cannot take back a key they already unwrapped, nor the last handler's
    /// copy (``WhistleblowingError/lastHandler``): a report must stay readable by someone.
    public mutating func removeHandler(_ handler: HandlerPublicKey) throws(WhistleblowingError) {
        guard handlers.contains(handler) else { return }
        guard handlers.count > 1 else { throw .lastHandler }
        handlerWrappedKeys.removeAll { $0.recipient == handler }
    }

    private mutating func add(_ handler: HandlerPublicKey, reportKey: ReportKey) throws(WhistleblowingError) {
        guard !handlers.contains(handler) else { return }
        handlerWrappedKeys.append(try HandlerWrappedKey(wrapping: reportKey, for: handler))
    }
}
