@testable import ZICore

/// Builders of SKM responses for the tests.
enum SKMFixtures {
    /// A response with the scores of U1 … U9 in order.
    static func response(_ scores: Int...) throws -> SKMResponse {
        try SKMResponse(scores: Dictionary(uniqueKeysWithValues: zip(SKMElement.allCases, scores)))
    }

    /// `count` responses whose scores add up to `total` (9 × count … 36 × count): every score
    /// starts at 1 and the points above that fill elements from U1 of the first response on.
    static func responses(count: Int, total: Int) throws -> [SKMResponse] {
        var extra = total - SKMElement.allCases.count * count
        return try (0..<count).map { _ in
            let scores = SKMElement.allCases.map { _ in
                let added = min(3, extra)
                extra -= added
                return 1 + added
            }
            return try SKMResponse(scores: Dictionary(uniqueKeysWithValues: zip(SKMElement.allCases, scores)))
        }
    }

    /// `count` responses answering every question with `score`.
    static func uniform(_ score: Int, count: Int) throws -> [SKMResponse] {
        try (0..<count).map { _ in
            try SKMResponse(scores: Dictionary(uniqueKeysWithValues: SKMElement.allCases.map { ($0, score) }))
        }
    }
}
