/// A cell to write: a value and its style.
public struct XLSXCell: Sendable, Equatable {
    /// The value.
    public var value: XLSXValue
    /// The look.
    public var style: XLSXStyle

    public init(_ value: XLSXValue, style: XLSXStyle = .plain) {
        self.value = value
        self.style = style
    }
}
