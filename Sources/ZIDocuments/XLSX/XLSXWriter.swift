import Foundation

/// Writes an ``XLSXWorkbook`` as an Office Open XML spreadsheet (`.xlsx`).
///
/// The package holds `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` and `app.xml`,
/// `xl/workbook.xml` with its relationships, `xl/styles.xml` and one `xl/worksheets/sheet<n>.xml`
/// per sheet. Text goes into inline strings, escaped for XML, with characters XML 1.0 forbids
/// removed. The output depends only on the input (entries carry a fixed timestamp).
public enum XLSXWriter {
    /// The `.xlsx` file of `workbook`. Throws ``XLSXWriterError`` if the workbook breaks a rule
    /// of the format (sheet names, sizes, non-finite numbers, overlapping merges, …).
    public static func write(_ workbook: XLSXWorkbook) throws -> Data {
        try XLSXValidation.validate(workbook)
        let package = XLSXPackageParts(workbook: workbook)
        let styles = XLSXStyleSheet(workbook)
        let worksheets = workbook.sheets.enumerated().map { index, sheet in
            (XLSXPackageParts.worksheetPath(index), XLSXWorksheetPart(sheet: sheet, styles: styles, isActive: index == 0).xml)
        }
        let parts =
            [
                ("[Content_Types].xml", package.contentTypes),
                ("_rels/.rels", OOXMLPackage.packageRelationships(mainPart: "xl/workbook.xml")),
                (OOXMLPackage.corePropertiesPath, OOXMLPackage.coreProperties(title: workbook.title, creator: workbook.creator)),
                (OOXMLPackage.applicationPropertiesPath, OOXMLPackage.applicationProperties),
                ("xl/workbook.xml", package.workbookPart),
                ("xl/_rels/workbook.xml.rels", package.workbookRelationships),
                ("xl/styles.xml", styles.xml),
            ] + worksheets
        do {
            return try OOXMLPackage.zip(parts)
        } catch {
            throw XLSXWriterError.archiveFailed(reason: error.reason)
        }
    }
}
