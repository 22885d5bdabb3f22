/// Whole numbers written the Indonesian way, with a dot between each group of three digits:
/// `2.000`, `1.500.000`, `-12.500`.
public enum GroupedNumber {
    /// `number` with its thousands separated by dots.
    public static func text(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        return (number < 0 ? "-" : "") + ([Substring(digits)] + groups).joined(separator: ".")
    }
}
