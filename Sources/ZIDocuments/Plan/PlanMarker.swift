/// A numbering mark in front of a heading or an item: `I.`, `1.`, `a)`, `(iv)`.
///
/// Marks matter for headings: a plan numbers its areas in one style (`I.`, `II.` or `1.`, `2.`)
/// and the parts of an area in another (`i.`, `a.`), which tells a unit's own area from a
/// sub-heading. Uppercase letters and Roman numerals count as one style, lowercase as another,
/// Arabic numerals as a third.
struct PlanMarker: Equatable, Sendable {
    /// The numbering style.
    enum Style: Sendable {
        /// `1`, `2.`, `10)`.
        case arabic
        /// `I.`, `IV`, `A.`.
        case upper
        /// `i.`, `iv`, `a)`.
        case lower
    }

    let style: Style

    /// The mark a cell holds when it holds nothing else: up to three digits, one letter or a
    /// Roman numeral (up to five of `I`, `V`, `X` in one case), optionally followed by `.` or `)`
    /// or wrapped in parentheses; `nil` for any other text.
    init?(cell: String) {
        var body = Substring(PlanText.trimmed(cell))
        if body.hasPrefix("("), body.hasSuffix(")") {
            body = body.dropFirst().dropLast()
        } else if body.hasSuffix(".") || body.hasSuffix(")") {
            body = body.dropLast()
        }
        guard let style = Self.style(of: body) else { return nil }
        self.style = style
    }

    /// Splits a leading mark off a heading: `I. MANAJEMEN PERUBAHAN`, `ii. Pengelolaan…`,
    /// `II REFORM` (an uppercase numeral needs no point), `3. …`. Returns the text unchanged
    /// and no mark when it does not start with one followed by more text.
    static func split(_ text: String) -> (marker: PlanMarker?, rest: String) {
        let trimmed = PlanText.trimmed(text)
        guard let end = trimmed.firstIndex(where: \.isWhitespace) else { return (nil, trimmed) }
        let token = trimmed[..<end]
        let rest = PlanText.trimmed(String(trimmed[end...]))
        guard !rest.isEmpty, let marker = PlanMarker(cell: String(token)) else { return (nil, trimmed) }
        let pointed = token.hasSuffix(".") || token.hasSuffix(")")
        let bareNumeral = marker.style == .arabic || (marker.style == .upper && token.allSatisfy { "IVX".contains($0) })
        return pointed || bareNumeral ? (marker, rest) : (nil, trimmed)
    }

    /// The value of an Arabic (`4`) or Roman (`iv`, `IV`) numeral; `nil` for anything else.
    static func number(_ word: String) -> Int? {
        if let value = Int(word), word.allSatisfy(\.isASCII) { return value }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        let digits = word.lowercased().map { values[$0] }
        guard !digits.isEmpty, digits.count <= 5, !digits.contains(nil) else { return nil }
        let numbers = digits.compactMap { $0 }
        return numbers.indices.reduce(0) { total, index in
            index + 1 < numbers.count && numbers[index] < numbers[index + 1] ? total - numbers[index] : total + numbers[index]
        }
    }

    private static func style(of body: Substring) -> Style? {
        guard !body.isEmpty, body.allSatisfy(\.isASCII) else { return nil }
        if body.count <= 3, body.allSatisfy(\.isNumber) { return .arabic }
        let isRoman = body.count <= 5 && body.allSatisfy { "IVXivx".contains($0) }
        guard body.count == 1 || isRoman, body.allSatisfy(\.isLetter) else { return nil }
        if body.allSatisfy(\.isUppercase) { return .upper }
        if body.allSatisfy(\.isLowercase) { return .lower }
        return nil
    }
}
