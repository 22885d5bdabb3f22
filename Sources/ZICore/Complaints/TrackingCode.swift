/// The code a member of the public gets for a complaint, to follow it without an account:
/// 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in groups of
/// four (`K7MX-Q2PA-9TRD`), about 60 bits of chance — not guessable, not enumerable.
public struct TrackingCode: Hashable, Sendable, CustomStringConvertible {
    /// The characters a code is made of.
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let length = 12

    /// The code's characters without grouping.
    public let characters: String

    /// A new random code.
    public static func random() -> TrackingCode {
        var generator = SystemRandomNumberGenerator()
        return TrackingCode(checked: String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
    }

    /// A code as typed: case, spaces and dashes do not matter; nil when it cannot be a code.
    public init?(_ typed: String) {
        let cleaned = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard cleaned.count == Self.length, cleaned.allSatisfy(Self.alphabet.contains) else { return nil }
        characters = cleaned
    }

    private init(checked: String) {
        characters = checked
    }

    /// Grouped by four: `K7MX-Q2PA-9TRD`.
    public var description: String {
        stride(from: 0, to: characters.count, by: 4).map { start in
            let from = characters.index(characters.startIndex, offsetBy: start)
            return String(characters[from..<characters.index(from, offsetBy: 4)])
        }.joined(separator: "-")
    }
}
