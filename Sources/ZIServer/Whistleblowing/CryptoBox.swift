/// A key of the cryptographic core handed between tasks (into a thread-pool job, a streamed
/// response, the key vault). swift-crypto 3.12.3 marks neither `SymmetricKey` nor the Curve25519
/// private key `Sendable`, although both are immutable values that are only ever read; the box
/// is sound because nothing mutates the value it holds.
struct CryptoBox<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
