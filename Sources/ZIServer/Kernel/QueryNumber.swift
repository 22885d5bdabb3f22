import Vapor

extension Request {
    /// An integer query parameter, checked to lie within `range`: `nil` when absent or empty, a
    /// 400 naming the parameter and its bounds when it is not a whole number in range. Every number
    /// a client sends in a query goes through here, so none can reach arithmetic unbounded.
    func queryNumber(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = query[String.self, at: name], !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw AppError(
                .badRequest, code: "invalid_parameter", messageKey: "error.invalid_parameter",
                arguments: [name, String(range.lowerBound), String(range.upperBound)],
                fields: [
                    FieldError(
                        field: name, key: "validation.number_range",
                        arguments: [String(range.lowerBound), String(range.upperBound)])
                ])
        }
        return value
    }

    /// The `year` query parameter (a calendar year SIZI can hold), `fallback` when absent.
    func queryYear(default fallback: @autoclosure () -> Int) throws -> Int {
        try queryNumber("year", in: QueryBounds.years) ?? fallback()
    }
}

/// The bounds of numbers clients send in queries.
enum QueryBounds {
    /// Years SIZI stores and reports on.
    static let years = 2000...2100
    /// The deepest page a list may be asked for (far beyond any real list at 200 a page).
    static let pages = 1...100_000
    /// Rows per page.
    static let perPage = 1...200
}
