import Foundation

/// What the reader needs from the styles part (`xl/styles.xml`): which cell formats show
/// numbers as percentages.
///
/// A cell's `s` attribute indexes `cellXfs`; a format is a percentage if its number format is
/// built-in 9 (`0%`) or 10 (`0.00%`), or a custom code with a `%` outside quotes.
struct StylesPart {
    /// The indices of the `cellXfs` entries with a percentage number format.
    let percentageFormats: Set<Int>

    private static let builtInPercentageFormats: Set<Int> = [9, 10]

    init(data: Data, path: String) throws {
        var customPercentageFormats: Set<Int> = []
        var formatIds: [Int] = []
        var inCellFormats = false
        try XMLPartParser.parse(data, part: path) { event in
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
                    Self.showsPercentage(code)
                {
                    customPercentageFormats.insert(id)
                }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                formatIds.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        let percentageIds = Self.builtInPercentageFormats.union(customPercentageFormats)
        percentageFormats = Set(formatIds.indices.filter { percentageIds.contains(formatIds[$0]) })
    }

    /// Whether a format code multiplies by 100: it has a `%` that is not quoted or escaped.
    static func showsPercentage(_ code: String) -> Bool {
        var inQuotes = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if character == "%", !inQuotes {
                return true
            }
        }
        return false
    }
}
