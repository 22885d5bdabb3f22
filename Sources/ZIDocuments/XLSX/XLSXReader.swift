import Foundation

/// Reads the cells of every sheet of an `.xlsx` file.
///
/// Follows the package's relationships from `_rels/.rels` to the workbook and from there to
/// the sheets, the shared-string table and the styles, so files written by Excel, LibreOffice
/// or ``XLSXWriter`` read alike. Throws ``XLSXReadError``; a file beyond ``Limits`` is refused.
public struct XLSXReader: Sendable {
    /// Bounds on what a file may unpack to, against zip bombs and runaway sheets.
    public struct Limits: Sendable, Equatable {
        /// The most bytes all parts together may unpack to.
        public var maxUncompressedBytes: Int
        /// The most entries the ZIP archive may hold.
        public var maxEntries: Int
        /// The most `<row>` elements one sheet may hold.
        public var maxRowsPerSheet: Int

        /// 50 MB unpacked, 10,000 entries, 100,000 rows per sheet.
        public static let standard = Limits(maxUncompressedBytes: 50 * 1_048_576, maxEntries: 10_000, maxRowsPerSheet: 100_000)

        public init(maxUncompressedBytes: Int, maxEntries: Int, maxRowsPerSheet: Int) {
            self.maxUncompressedBytes = maxUncompressedBytes
            self.maxEntries = maxEntries
            self.maxRowsPerSheet = maxRowsPerSheet
        }
    }

    /// The bounds this reader enforces.
    public let limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// The sheets of the `.xlsx` file in `data`, in tab order.
    public func read(_ data: Data) throws -> XLSXWorkbookContents {
        var archive = try XLSXArchive(data: data, limits: limits)
        let packageRelationships = try relationships(of: "", in: &archive)
        let workbookPath = packageRelationships?.target(ofType: "officeDocument") ?? "xl/workbook.xml"
        guard archive.contains(workbookPath) else { throw XLSXReadError.notXLSX(reason: "the archive holds no workbook") }
        let workbook = try WorkbookPart(data: archive.data(of: workbookPath), path: workbookPath)
        guard let workbookRelationships = try relationships(of: workbookPath, in: &archive) else {
            throw XLSXReadError.missingPart(RelationshipsPart.path(for: workbookPath))
        }
        let sharedStrings =
            try workbookRelationships.target(ofType: "sharedStrings").map {
                try SharedStringsPart(data: archive.data(of: $0), path: $0).strings
            } ?? []
        let styles = try workbookRelationships.target(ofType: "styles").map {
            try StylesPart(data: archive.data(of: $0), path: $0)
        }
        let sheets = try workbook.sheets.map { sheet in
            guard let path = workbookRelationships.target(id: sheet.relationshipId) else {
                throw XLSXReadError.malformedPart(
                    workbookPath, reason: "sheet \"\(sheet.name)\" refers to the unknown relationship \(sheet.relationshipId)")
            }
            let part = try WorksheetPart(
                data: archive.data(of: path), path: path, sheetName: sheet.name,
                sharedStrings: sharedStrings, styles: styles, limits: limits)
            return XLSXSheetContents(name: sheet.name, cells: part.cells)
        }
        return XLSXWorkbookContents(sheets: sheets)
    }

    /// The relationships of the part at `sourcePath`, if it has a relationships part.
    private func relationships(of sourcePath: String, in archive: inout XLSXArchive) throws -> RelationshipsPart? {
        let path = RelationshipsPart.path(for: sourcePath)
        guard archive.contains(path) else { return nil }
        return try RelationshipsPart(data: archive.data(of: path), path: path, sourcePath: sourcePath)
    }
}
