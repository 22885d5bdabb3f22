/// Roman numerals, for the numbering of chapters, appendices and areas (`I`, `IV`, `XII`).
public enum RomanNumeral {
    private static let values: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// `number` (1 or more) in Roman numerals.
    public static func string(_ number: Int) -> String {
        var remaining = number
        var result = ""
        for (value, numeral) in values {
            while remaining >= value {
                result += numeral
                remaining -= value
            }
        }
        return result
    }
}
