import Foundation

/// Renders a ``PlanDocument`` as a Word document (`.docx`): A4, Times New Roman, the action
/// table on landscape pages with its header repeated on every page.
///
/// ```swift
/// let data = try PlanDocumentDOCX.render(document)
/// ```
public enum PlanDocumentDOCX {
    /// The `.docx` file of `document`; equal documents give equal bytes. Throws
    /// ``DOCXWriterError`` if the ZIP container cannot be written.
    public static func render(_ document: PlanDocument) throws -> Data {
        try DOCXPackage.write(PlanDocumentLayout(document: document).outline)
    }
}
