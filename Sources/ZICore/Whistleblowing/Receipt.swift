/// The secret a whistleblower receives after submitting a report: 16 random decimal digits
/// (about 53 bits), shown once as `1234 5678 9012 3456` and never stored. The reporter types it
/// back to read replies, answer questions and add information; the server keeps only what
/// ``ReceiptDerivation`` makes of it.
///
/// `description` and reflection hide the digits so a receipt cannot end up in a log by accident;
/// use ``grouped`` to show it to the reporter.
public struct Receipt: Hashable, Sendable, CustomStringConvertible, CustomReflectable {
    /// How many digits a receipt has.
    public static let digitCount = 16

    /// The digits, without grouping.
    public let digits: String

    /// A new receipt from the system's cryptographically secure generator.
    public static func generate() -> Receipt {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// A receipt drawn from `generator` with rejection sampling, so that every one of the 10¹⁶
    /// receipts is equally likely: 64-bit draws at or above 1844 · 10¹⁶ (the largest multiple
    /// of 10¹⁶ below 2⁶⁴) are drawn again instead of folded onto the low receipts.
    static func generate(using generator: inout some RandomNumberGenerator) -> Receipt {
        let receiptCount: UInt64 = 10_000_000_000_000_000
        let limit = UInt64.max / receiptCount * receiptCount
        var draw: UInt64 = generator.next()
        while draw >= limit { draw = generator.next() }
        let number = String(draw % receiptCount)
        return Receipt(checked: String(repeating: "0", count: digitCount - number.count) + number)
    }

    /// A receipt as typed: spaces and dashes between the digits are ignored.
    public init(_ typed: String) throws(WhistleblowingError) {
        let cleaned = TypedCode.withoutSeparators(typed)
        guard cleaned.allSatisfy({ ("0"..."9").contains($0) }) else { throw .receiptHasInvalidCharacters }
        guard cleaned.count == Self.digitCount else { throw .malformedReceipt(digitCount: cleaned.count) }
        digits = cleaned
    }

    private init(checked digits: String) {
        self.digits = digits
    }

    /// The receipt as shown to the reporter: four groups of four digits, `1234 5678 9012 3456`.
    public var grouped: String { TypedCode.grouped(digits, size: 4, separator: " ") }

    /// A placeholder; the digits are never part of a description.
    public var description: String { "Receipt(tersembunyi)" }

    /// No children, so `dump` shows no digits either.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
