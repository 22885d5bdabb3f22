/// File sizes for people, in binary units with a decimal comma: `512 B`, `1,5 KB`, `2 MB`.
public enum EvidenceFileSize {
    private static let units = ["B", "KB", "MB", "GB", "TB"]

    /// `bytes` in the largest unit that keeps the number below 1024, with at most one decimal.
    public static func text(_ bytes: Int64) -> String {
        var value = Double(bytes)
        var unit = 0
        while unit < units.count - 1, (value * 10).rounded() >= 10_240 {
            value /= 1024
            unit += 1
        }
        let tenths = Int64((value * 10).rounded())
        let fraction = unit == 0 || tenths % 10 == 0 ? "" : ",\(tenths % 10)"
        return "\(tenths / 10)\(fraction) \(units[unit])"
    }
}
