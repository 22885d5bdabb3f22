import Foundation

/// The code shown once when a handler's keys are created, to unlock the private key when the
/// password is lost: 20 random bytes (160 bits) as 32 base32 characters, shown in eight groups
/// of four (`ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567`) so it can be written down and typed.
///
/// `description` and reflection hide the code; use ``grouped`` to show it.
public struct RecoveryCode: Hashable, Sendable, CustomStringConvertible, CustomReflectable {
    /// How many random bytes a code carries.
    public static let byteCount = 20

    /// The code's random bytes.
    let bytes: Data

    /// A new random code.
    static func generate() -> RecoveryCode {
        RecoveryCode(bytes: SecureRandom.bytes(byteCount))
    }

    private init(bytes: Data) {
        self.bytes = bytes
    }

    /// A code as typed: case, spaces and dashes do not matter.
    public init(_ typed: String) throws(WhistleblowingError) {
        let cleaned = TypedCode.withoutSeparators(typed).uppercased()
        guard cleaned.count == Self.byteCount * 8 / 5,
            let bytes = Base32.decode(cleaned)
        else { throw .malformedRecoveryCode }
        self.bytes = bytes
    }

    /// The code as shown to the handler, in groups of four joined by dashes.
    public var grouped: String { TypedCode.grouped(Base32.encode(bytes), size: 4, separator: "-") }

    /// A placeholder; the code is never part of a description.
    public var description: String { "RecoveryCode(tersembunyi)" }

    /// No children, so `dump` shows no code either.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
