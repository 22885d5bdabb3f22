/// Helpers for secret codes a person reads off a screen and types back in.
enum TypedCode {
    /// The typed text without the spaces and dashes people use to keep their place.
    static func withoutSeparators(_ typed: String) -> String {
        typed.filter { !$0.isWhitespace && !"-‐–—".contains($0) }
    }

    /// `code` split into groups of `size` characters joined by `separator`.
    static func grouped(_ code: String, size: Int, separator: String) -> String {
        let characters = Array(code)
        return stride(from: 0, to: characters.count, by: size)
            .map { String(characters[$0..<min($0 + size, characters.count)]) }
            .joined(separator: separator)
    }
}
