import Foundation
import ZIPFoundation

/// Writes an ``XLSXWorkbook`` as an Office Open XML spreadsheet (`.xlsx`).
///
/// The package holds `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` and `app.xml`,
/// `xl/workbook.xml` with its relationships, `xl/styles.xml` and one `xl/worksheets/sheet<n>.xml`
/// per sheet. Text goes into inline strings, escaped for XML, with characters XML 1.0 forbids
/// removed. The output depends only on the input (entries carry a fixed timestamp).
public enum XLSXWriter {
    /// The timestamp of every ZIP entry (2000-01-01), so that equal workbooks give equal bytes.
    private static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// The `.xlsx` file of `workbook`. Throws ``XLSXWriterError`` if the workbook breaks a rule
    /// of the format (sheet names, sizes, non-finite numbers, overlapping merges, …).
    public static func write(_ workbook: XLSXWorkbook) throws -> Data {
        try XLSXValidation.validate(workbook)
        let package = XLSXPackageParts(workbook: workbook)
        let styles = XLSXStyleSheet(workbook)
        let worksheets = workbook.sheets.enumerated().map { index, sheet in
            (XLSXPackageParts.worksheetPath(index), XLSXWorksheetPart(sheet: sheet, styles: styles, isActive: index == 0).xml)
        }
        let parts = [
            ("[Content_Types].xml", package.contentTypes),
            ("_rels/.rels", package.packageRelationships),
            ("docProps/core.xml", package.coreProperties),
            ("docProps/app.xml", package.applicationProperties),
            ("xl/workbook.xml", package.workbookPart),
            ("xl/_rels/workbook.xml.rels", package.workbookRelationships),
            ("xl/styles.xml", styles.xml),
        ] + worksheets
        return try zip(parts)
    }

    private static func zip(_ parts: [(path: String, xml: String)]) throws(XLSXWriterError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw XLSXWriterError.archiveFailed(reason: "the in-memory archive has no data") }
            return data
        } catch let error as XLSXWriterError {
            throw error
        } catch {
            throw .archiveFailed(reason: String(describing: error))
        }
    }
}
