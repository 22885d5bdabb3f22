/// Why a set of scores is not a complete ``SKMResponse``.
public enum SKMResponseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The element has no score.
    case missing(SKMElement)
    /// The element's score is not one of ``SKMResponse/scoreRange``.
    case outOfRange(SKMElement, value: Int)

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .missing(let element):
            "Unsur \(element.code) (\(element.name)) belum dijawab."
        case .outOfRange(let element, let value):
            "Unsur \(element.code) (\(element.name)): \(value) \(Self.notAScore)."
        }
    }

    /// `bukan nilai 1–4`: what is wrong with a value that is not a score.
    public static let notAScore = "bukan nilai \(SKMResponse.scoreRange.lowerBound)–\(SKMResponse.scoreRange.upperBound)"
}
