import Foundation
import ZICore

/// Renders an ``SKMReport`` as a Word document (`.docx`): A4, the follow-up plan on landscape
/// pages, every table's header repeated on every page.
public enum SKMReportDOCX {
    /// The `.docx` file of `report`; equal reports give equal bytes. Throws ``DOCXWriterError``
    /// if the ZIP container cannot be written.
    public static func render(_ report: SKMReport, names: LabelNames) throws -> Data {
        try DOCXPackage.write(SKMReportLayout(report: report, names: names).outline)
    }
}
