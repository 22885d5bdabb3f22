import Foundation
import ZICore

extension LKEWorkbook {
    /// Reads the answers and notes of an LKE workbook, such as one made by
    /// ``export(framework:answers:notes:unitName:year:)`` and filled in by a unit.
    ///
    /// Rows are matched by their `ID` cell and columns by their headers. Each answer is checked
    /// with ``LKEQuestion/value(for:)``; a row that cannot be imported is listed in
    /// ``LKEWorkbookImport/issues`` with its reason, never skipped silently. Empty `Jawaban`
    /// cells mean unanswered. Option codes match regardless of case; numbers may be typed as
    /// text with a decimal comma, percentages with a `%`. A `%` question with `Jumlah` rows takes
    /// its answer from them when any is filled in. Percentages round-trip to six decimals.
    ///
    /// - Throws: ``LKEWorkbookError/unreadable(_:)`` for a file that is no readable XLSX file,
    ///   ``LKEWorkbookError/sheetMissing`` when no sheet has the LKE header row, and
    ///   ``LKEWorkbookError/frameworkMismatch(expected:found:)`` when the title block names
    ///   another framework.
    public static func `import`(data: Data, framework: LKEFramework) throws -> LKEWorkbookImport {
        let workbook: XLSXWorkbookContents
        do {
            workbook = try XLSXReader().read(data)
        } catch let error as XLSXReadError {
            throw LKEWorkbookError.unreadable(error)
        }
        guard let layout = LKESheetLayout.locate(in: workbook) else { throw LKEWorkbookError.sheetMissing }
        if let found = layout.titleValue(frameworkLabel)?.description, found != framework.id {
            throw LKEWorkbookError.frameworkMismatch(expected: framework.id, found: found)
        }
        var importer = LKESheetImporter(framework: framework, layout: layout)
        return importer.run()
    }
}
