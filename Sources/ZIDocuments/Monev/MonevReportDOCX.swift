import Foundation

/// Renders a ``MonevReport`` as a Word document (`.docx`): A4, the realisation table on
/// landscape pages with its header repeated on every page.
public enum MonevReportDOCX {
    /// The `.docx` file of `report`; equal reports give equal bytes. Throws ``DOCXWriterError``
    /// if the ZIP container cannot be written.
    public static func render(_ report: MonevReport) throws -> Data {
        try DOCXPackage.write(MonevReportLayout(report: report).outline)
    }
}
