import Vapor

/// Collects field problems of one form or request body, then throws them all at once.
struct Validator {
    private(set) var errors: [FieldError] = []

    mutating func add(_ field: String, _ key: String, _ arguments: [String] = []) {
        errors.append(FieldError(field: field, key: key, arguments: arguments))
    }

    /// Trims a required text and checks its length; returns nil (and records why) when it is not usable.
    mutating func required(_ field: String, _ value: String?, max: Int = 200) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            add(field, "validation.required")
            return nil
        }
        return limited(field, trimmed, max: max)
    }

    /// Trims an optional text: empty becomes nil; too long is recorded.
    mutating func optional(_ field: String, _ value: String?, max: Int = 500) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : limited(field, trimmed, max: max)
    }

    private mutating func limited(_ field: String, _ value: String, max: Int) -> String? {
        guard value.count <= max else {
            add(field, "validation.too_long", [String(max)])
            return nil
        }
        return value
    }

    /// Throws a validation error when any field had a problem.
    func check() throws {
        if !errors.isEmpty { throw AppError.validation(errors) }
    }
}
