/// A workbook to write: one or more sheets and the document properties.
public struct XLSXWorkbook: Sendable, Equatable {
    /// The sheets, in tab order; at least one.
    public var sheets: [XLSXSheet]
    /// The document title (`docProps/core.xml`), if any.
    public var title: String?
    /// The author (`docProps/core.xml`), if any.
    public var creator: String?

    public init(sheets: [XLSXSheet], title: String? = nil, creator: String? = nil) {
        self.sheets = sheets
        self.title = title
        self.creator = creator
    }
}
