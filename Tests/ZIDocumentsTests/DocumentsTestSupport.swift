import Foundation
import XCTest
import ZICore
import ZIPFoundation
@testable import ZIDocuments

/// Shared helpers of the ZIDocuments tests: ZIP packages built from XML strings, the parts of
/// a written file, the real framework, and workbooks edited the way a person would.
enum DocumentsFixtures {
    static func framework() throws -> LKEFramework {
        try LKEFrameworkRegistry.bundled().framework(id: "permenpanrb-90-2021")
    }

    /// A ZIP archive holding `parts` (path → content), deflated, in the given order.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, content) in parts {
            let data = Data(content.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// Every entry of a ZIP archive, by path.
    static func unzip(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            parts[entry.path] = content
        }
        return parts
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """

    /// A minimal package with one sheet `Data` whose `<sheetData>` content is `sheetData`,
    /// plus optional shared strings and styles parts.
    static func package(sheetData: String, sharedStrings: String? = nil, styles: String? = nil) throws -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var workbookRelationships = #"<Relationship Id="rId1" Type="\#(relationshipType)/worksheet" Target="worksheets/sheet1.xml"/>"#
        var parts = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            (
                "xl/workbook.xml",
                #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipType)"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData>\#(sheetData)</sheetData></worksheet>"#),
        ]
        if let sharedStrings {
            workbookRelationships += #"<Relationship Id="rId2" Type="\#(relationshipType)/sharedStrings" Target="/xl/sharedStrings.xml"/>"#
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(main)">\#(sharedStrings)</sst>"#))
        }
        if let styles {
            workbookRelationships += #"<Relationship Id="rId3" Type="\#(relationshipType)/styles" Target="styles.xml"/>"#
            parts.append(("xl/styles.xml", #"<styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#))
        }
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(workbookRelationships)</Relationships>"#
            ))
        return try zip(parts)
    }

    /// The sheet read back as a sheet to write: values kept, percentages kept as percentages,
    /// so a test can change a few cells and write the file again, as a person editing it would.
    static func editable(_ contents: XLSXSheetContents) -> XLSXSheet {
        let lastRow = contents.cells.keys.map(\.row).max() ?? 0
        let lastColumn = contents.cells.keys.map(\.column).max() ?? 0
        let rows = (0..<lastRow).map { row in
            XLSXRow(
                cells: (0..<lastColumn).map { column in
                    contents[CellReference(row: row + 1, column: column + 1)].map {
                        XLSXCell($0.value, style: XLSXStyle(numberFormat: $0.isPercentage ? .percentTwoDecimals : .general))
                    }
                })
        }
        return XLSXSheet(name: contents.name, rows: rows)
    }

    /// An exported LKE workbook with the `Jawaban` (and optionally `Catatan`) cells of the rows
    /// with the given IDs replaced, keeping each cell's number format (`nil` empties a cell).
    static func edited(
        _ data: Data, answers: [String: XLSXValue?] = [:], notes: [String: XLSXValue?] = [:]
    ) throws -> Data {
        let contents = try XLSXReader().read(data).sheet(named: "LKE")
        var sheet = editable(contents)
        let idColumn = LKEWorkbookColumn.id.rawValue - 1
        for index in sheet.rows.indices {
            guard sheet.rows[index].cells.count > idColumn, case .text(let id)? = sheet.rows[index].cells[idColumn]?.value else { continue }
            for (edits, column) in [(answers, LKEWorkbookColumn.jawaban), (notes, .catatan)] {
                if let edit = edits[id] {
                    let style = sheet.rows[index].cells[column.rawValue - 1]?.style ?? .plain
                    sheet.rows[index].cells[column.rawValue - 1] = edit.map { XLSXCell($0, style: style) }
                }
            }
        }
        return try XLSXWriter.write(XLSXWorkbook(sheets: [sheet]))
    }

    /// The row number of the row whose `ID` cell is `id` in an exported workbook.
    static func row(of id: String, in data: Data) throws -> Int {
        let contents = try XLSXReader().read(data).sheet(named: "LKE")
        let cell = contents.cells.first { $0.key.column == LKEWorkbookColumn.id.rawValue && $0.value.value == .text(id) }
        return try XCTUnwrap(cell?.key.row, "no row with ID \(id)")
    }
}

/// The Indonesian names an official document uses, from the server's locale file.
enum TestNames {
    static let indonesian: LabelNames = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // A missing file fails every document test that names a status, which is the point.
        return (try? LabelNames(contentsOf: root.appendingPathComponent("Sources/ZIServer/Resources/Locales/id/labels.json")))
            ?? LabelNames { $0 }
    }()
}
