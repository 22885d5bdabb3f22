/// Names fitted into a length limit without losing their extension.
///
/// Lengths count UTF-16 code units, as Windows does for its path limits; for the Latin text of
/// Indonesian names that is the number of characters. Names are only cut between characters.
enum BoundedName {
    /// The longest text after the last dot still taken for an extension.
    private static let maxExtensionLength = 10

    /// The length of `text` as Windows counts it.
    static func length(_ text: some StringProtocol) -> Int {
        text.utf16.count
    }

    /// The extension of `name` without the dot: 1 to 10 ASCII letters or digits after the last
    /// dot of a non-empty stem, e.g. `pdf` in `SK Tim 2024.pdf`, none in `Rapat 1.2 final`.
    static func fileExtension(of name: String) -> Substring? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let candidate = name[name.index(after: dot)...]
        guard (1...maxExtensionLength).contains(candidate.count),
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        return candidate
    }

    /// `name` with `suffix` added before its extension (or at its end), cut to at most `limit`.
    ///
    /// With `keepingExtension` only the stem is cut, so `Notulen … panjang.pdf` stays a PDF;
    /// a stem that is cut or gets a suffix loses its trailing spaces.
    static func fitted(_ name: String, limit: Int, keepingExtension: Bool, suffix: String = "") -> String {
        let dotExtension = keepingExtension ? fileExtension(of: name).map { "." + $0 } ?? "" : ""
        let stem = name.dropLast(dotExtension.count)
        let stemLimit = limit - length(dotExtension) - length(suffix)
        guard length(stem) > stemLimit || !suffix.isEmpty else { return name }
        var cut = prefix(of: stem, within: stemLimit)
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + suffix + dotExtension
    }

    /// The longest prefix of whole characters of `text` within `limit` code units.
    private static func prefix(of text: Substring, within limit: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            used += character.utf16.count
            guard used <= limit else { break }
            result.append(character)
        }
        return result
    }
}
