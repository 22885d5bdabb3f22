import Foundation
import XCTest
@testable import ZIDocuments

final class XLSXWriterTests: XCTestCase {
    private let header = XLSXStyle(isBold: true, wrapsText: true)

    private func sample() -> XLSXWorkbook {
        let first = XLSXSheet(
            name: "Data & <Notes>",
            columns: [XLSXColumn(width: 30), XLSXColumn(width: 10, isHidden: true)],
            rows: [
                XLSXRow(cells: [XLSXCell(.text("Title"), style: header)]),
                XLSXRow(cells: [XLSXCell(.text("Name")), XLSXCell(.text("Value"))], height: 20),
                XLSXRow(cells: [XLSXCell(.text("a & b")), XLSXCell(.number(1.5), style: XLSXStyle(numberFormat: .twoDecimals))]),
                XLSXRow(),
                XLSXRow(cells: [
                    nil, XLSXCell(.number(0.25), style: XLSXStyle(numberFormat: .percentTwoDecimals)), XLSXCell(.boolean(true)),
                ]),
            ],
            frozenRows: 2,
            mergedRanges: [CellRange(CellReference("A1")!, CellReference("C1")!)],
            printSetup: XLSXPrintSetup(isLandscape: true, fitsToPageWidth: true, repeatedRows: 2...2)
        )
        let second = XLSXSheet(name: "Rekap O'Brien", rows: [XLSXRow(cells: [XLSXCell(.text("x"), style: XLSXStyle(indent: 2))])])
        return XLSXWorkbook(sheets: [first, second, XLSXSheet(name: "Kosong")], title: "Uji <judul>", creator: "SIZI")
    }

    private func parts() throws -> [String: Data] {
        try DocumentsFixtures.unzip(XLSXWriter.write(sample()))
    }

    func testPackageHoldsEveryRequiredPartAndEachIsWellFormedXML() throws {
        let parts = try parts()
        XCTAssertEqual(
            Set(parts.keys),
            [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
            ])
        for (path, data) in parts {
            XCTAssertNotNil(XMLElementCollector.elements(of: data), "\(path) is not well-formed")
            XCTAssertTrue(
                String(decoding: data, as: UTF8.self).hasPrefix(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#), path)
        }
    }

    func testEveryPartHasAContentTypeAndEveryOverrideNamesAPart() throws {
        let parts = try parts()
        let types = try XCTUnwrap(XMLElementCollector.elements(of: parts["[Content_Types].xml"]!))
        let defaults = Dictionary(
            uniqueKeysWithValues: types.filter { $0.name == "Default" }.map { ($0.attributes["Extension"]!, $0.attributes["ContentType"]!) }
        )
        let overrides = Dictionary(
            uniqueKeysWithValues: types.filter { $0.name == "Override" }.map { ($0.attributes["PartName"]!, $0.attributes["ContentType"]!) }
        )
        for path in parts.keys where path != "[Content_Types].xml" {
            let type = overrides["/" + path] ?? defaults[String(path.split(separator: ".").last!)]
            XCTAssertNotNil(type, "\(path) has no content type")
        }
        for partName in overrides.keys {
            XCTAssertNotNil(parts[String(partName.dropFirst())], "override \(partName) names no part")
        }
        XCTAssertEqual(overrides["/xl/workbook.xml"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        XCTAssertEqual(overrides["/xl/worksheets/sheet2.xml"], "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
        XCTAssertEqual(overrides["/xl/styles.xml"], "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
    }

    func testRelationshipsPointAtExistingPartsAndSheetsUseThem() throws {
        let parts = try parts()
        let package = try XCTUnwrap(XMLElementCollector.elements(of: parts["_rels/.rels"]!)).filter { $0.name == "Relationship" }
        for relationship in package {
            XCTAssertNotNil(parts[relationship.attributes["Target"]!], "\(relationship.attributes)")
        }
        XCTAssertTrue(
            package.contains { $0.attributes["Type"]!.hasSuffix("/officeDocument") && $0.attributes["Target"] == "xl/workbook.xml" })

        let workbookRelationships = try XCTUnwrap(XMLElementCollector.elements(of: parts["xl/_rels/workbook.xml.rels"]!))
            .filter { $0.name == "Relationship" }
        var targetsById: [String: String] = [:]
        for relationship in workbookRelationships {
            let target = "xl/" + relationship.attributes["Target"]!
            XCTAssertNotNil(parts[target], "\(relationship.attributes)")
            XCTAssertNil(targetsById.updateValue(target, forKey: relationship.attributes["Id"]!), "duplicate id")
        }
        let sheets = try XCTUnwrap(XMLElementCollector.elements(of: parts["xl/workbook.xml"]!)).filter { $0.name == "sheet" }
        XCTAssertEqual(sheets.map { $0.attributes["name"] }, ["Data & <Notes>", "Rekap O'Brien", "Kosong"])
        XCTAssertEqual(
            sheets.map { targetsById[$0.attributes["r:id"]!] },
            ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"])
        XCTAssertEqual(Set(sheets.map { $0.attributes["sheetId"]! }).count, 3)
    }

    func testEveryCellNamesAnExistingFormat() throws {
        let parts = try parts()
        let styles = try XCTUnwrap(XMLElementCollector.elements(of: parts["xl/styles.xml"]!))
        let cellFormats = try XCTUnwrap(styles.firstIndex { $0.name == "cellXfs" })
        let declared = Int(styles[cellFormats].attributes["count"]!)!
        let formats = styles[(cellFormats + 1)...].prefix { $0.name == "xf" || $0.name == "alignment" }.filter { $0.name == "xf" }
        XCTAssertEqual(formats.count, declared)
        for path in parts.keys where path.hasPrefix("xl/worksheets/") {
            for cell in try XCTUnwrap(XMLElementCollector.elements(of: parts[path]!)).filter({ $0.name == "c" }) {
                let index = try XCTUnwrap(Int(cell.attributes["s"] ?? ""), "cell \(cell.attributes) names no format")
                XCTAssertTrue((1..<declared).contains(index), "\(path): \(cell.attributes)")
            }
        }
    }

    func testSheetLayoutIsWritten() throws {
        let sheet = String(decoding: try parts()["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        XCTAssertTrue(sheet.contains(#"<dimension ref="A1:C5"/>"#))
        XCTAssertTrue(sheet.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        XCTAssertTrue(sheet.contains(#"<col min="2" max="2" width="10" customWidth="1" hidden="1"/>"#))
        XCTAssertTrue(sheet.contains(#"<row r="2" ht="20" customHeight="1">"#))
        XCTAssertTrue(sheet.contains(#"<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>"#))
        XCTAssertTrue(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        XCTAssertFalse(sheet.contains(#"<row r="4""#), "an empty row is left out")
        let workbook = String(decoding: try parts()["xl/workbook.xml"]!, as: UTF8.self)
        XCTAssertTrue(
            workbook.contains(
                #"<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Data &amp; &lt;Notes&gt;&apos;!$2:$2</definedName>"#))
    }

    func testRowsWithLongWrappedTextGetAnEstimatedHeight() throws {
        let long = String(repeating: "kata ", count: 40)
        let sheet = XLSXSheet(
            name: "S", columns: [XLSXColumn(width: 20)],
            rows: [
                XLSXRow(cells: [XLSXCell(.text(long), style: XLSXStyle(wrapsText: true))]),
                XLSXRow(cells: [XLSXCell(.text(long))]),
                XLSXRow(cells: [XLSXCell(.text("satu\ndua\ntiga"), style: XLSXStyle(wrapsText: true))]),
            ])
        let xml = String(
            decoding: try DocumentsFixtures.unzip(XLSXWriter.write(XLSXWorkbook(sheets: [sheet])))["xl/worksheets/sheet1.xml"]!,
            as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<row r="1" ht="150">"#), "22 characters a line hold 4 words of 4 letters: 40 words take 10 lines")
        XCTAssertTrue(xml.contains(#"<row r="2">"#), "unwrapped text keeps the default height")
        XCTAssertTrue(xml.contains(#"<row r="3" ht="45">"#))
    }

    func testOutputIsDeterministic() throws {
        XCTAssertEqual(try XLSXWriter.write(sample()), try XLSXWriter.write(sample()))
    }

    func testRejectsInvalidSheetNames() {
        let reasons = [
            "": "it is empty", String(repeating: "x", count: 32): "it is longer than 31 characters",
            "a/b": "it contains \"/\"", "a[1]": "it contains \"[\"", "a:b": "it contains \":\"", "a*": "it contains \"*\"",
            "a?": "it contains \"?\"", "a\\b": "it contains \"\\\"", "'quoted'": "it starts or ends with an apostrophe",
            "tab\there": "it contains a control character",
        ]
        for (name, reason) in reasons {
            XCTAssertThrowsError(try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: name)])), name) {
                XCTAssertEqual($0 as? XLSXWriterError, .invalidSheetName(name, reason: reason))
            }
        }
        XCTAssertNoThrow(try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: String(repeating: "x", count: 31))])))
    }

    func testRejectsWorkbooksNoApplicationCouldOpenCleanly() {
        let cell = { (value: XLSXValue) in XLSXSheet(name: "S", rows: [XLSXRow(cells: [nil, XLSXCell(value)])]) }
        let cases: [(XLSXWorkbook, XLSXWriterError)] = [
            (XLSXWorkbook(sheets: []), .noSheets),
            (XLSXWorkbook(sheets: [XLSXSheet(name: "Data"), XLSXSheet(name: "DATA")]), .duplicateSheetName("DATA")),
            (XLSXWorkbook(sheets: [cell(.number(.nan))]), .nonFiniteNumber(sheet: "S", cell: "B1")),
            (XLSXWorkbook(sheets: [cell(.number(.infinity))]), .nonFiniteNumber(sheet: "S", cell: "B1")),
            (
                XLSXWorkbook(sheets: [cell(.text(String(repeating: "x", count: 32_768)))]),
                .textTooLong(sheet: "S", cell: "B1", length: 32_768)
            ),
            (
                XLSXWorkbook(sheets: [XLSXSheet(name: "S", mergedRanges: [CellRange(CellReference("A1")!, CellReference("A1")!)])]),
                .invalidMerge(sheet: "S", range: "A1", reason: "a merged range needs at least two cells")
            ),
            (
                XLSXWorkbook(sheets: [
                    XLSXSheet(
                        name: "S",
                        mergedRanges: [
                            CellRange(CellReference("A1")!, CellReference("B2")!),
                            CellRange(CellReference("B2")!, CellReference("C3")!),
                        ])
                ]),
                .invalidMerge(sheet: "S", range: "B2:C3", reason: "it overlaps A1:B2")
            ),
            (
                XLSXWorkbook(sheets: [XLSXSheet(name: "S", columns: [XLSXColumn(width: 300)])]),
                .invalidLayout(sheet: "S", reason: "column A has width 300.0, allowed 0…255")
            ),
            (
                XLSXWorkbook(sheets: [XLSXSheet(name: "S", rows: [XLSXRow(height: 500)])]),
                .invalidLayout(sheet: "S", reason: "row 1 has height 500.0, allowed 0…409")
            ),
        ]
        for (workbook, expected) in cases {
            XCTAssertThrowsError(try XLSXWriter.write(workbook), "\(expected)") {
                XCTAssertEqual($0 as? XLSXWriterError, expected)
            }
        }
    }
}
