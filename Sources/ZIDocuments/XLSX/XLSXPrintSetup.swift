/// How a sheet prints on A4 paper.
public struct XLSXPrintSetup: Sendable, Equatable {
    /// Landscape rather than portrait.
    public var isLandscape: Bool
    /// Scale the sheet so that all columns fit the page width (the rows run on over pages).
    public var fitsToPageWidth: Bool
    /// Rows printed at the top of every page (1-based, e.g. the header row), if any.
    public var repeatedRows: ClosedRange<Int>?

    public init(isLandscape: Bool = false, fitsToPageWidth: Bool = false, repeatedRows: ClosedRange<Int>? = nil) {
        self.isLandscape = isLandscape
        self.fitsToPageWidth = fitsToPageWidth
        self.repeatedRows = repeatedRows
    }
}
