import Foundation
import XCTest
@testable import ZIDocuments

final class XLSXReaderTests: XCTestCase {
    private func read(_ data: Data, limits: XLSXReader.Limits = .standard) throws -> XLSXWorkbookContents {
        try XLSXReader(limits: limits).read(data)
    }

    private func assertReadError(
        _ data: Data, limits: XLSXReader.Limits = .standard, _ expected: XLSXReadError,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try read(data, limits: limits), file: file, line: line) {
            XCTAssertEqual($0 as? XLSXReadError, expected, file: file, line: line)
        }
    }

    // MARK: - What the writer wrote

    func testReadsBackWhatTheWriterWrote() throws {
        let texts = [
            "plain", "a & b <c> \"d\" 'e'", "  leading and trailing  ", "line 1\nline 2\r\nline 3\tend",
            "_x0041_ stays literal", "Zona Integritas – WBK/WBBM 🟢", "",
        ]
        let numbers: [Double] = [0, 1, -2.5, 87.5, 1e-7, 1.5e20, 1.0 / 3, 2025]
        let sheet = XLSXSheet(
            name: "Nilai & Catatan",
            rows: [
                XLSXRow(cells: texts.map { XLSXCell(.text($0)) }),
                XLSXRow(cells: numbers.map { XLSXCell(.number($0)) }),
                XLSXRow(cells: [
                    XLSXCell(.boolean(true)), XLSXCell(.boolean(false)), nil,
                    XLSXCell(.number(0.755), style: XLSXStyle(numberFormat: .percentTwoDecimals)),
                ]),
            ])
        let workbook = try read(XLSXWriter.write(XLSXWorkbook(sheets: [sheet, XLSXSheet(name: "Kedua")])))
        XCTAssertEqual(workbook.sheets.map(\.name), ["Nilai & Catatan", "Kedua"])
        let contents = try workbook.sheet(named: "Nilai & Catatan")
        for (index, text) in texts.enumerated() {
            XCTAssertEqual(contents[CellReference(row: 1, column: index + 1)], XLSXCellContents(.text(text)))
        }
        for (index, number) in numbers.enumerated() {
            XCTAssertEqual(contents[CellReference(row: 2, column: index + 1)], XLSXCellContents(.number(number)))
        }
        XCTAssertEqual(contents[CellReference("A3")!], XLSXCellContents(.boolean(true)))
        XCTAssertEqual(contents[CellReference("B3")!], XLSXCellContents(.boolean(false)))
        XCTAssertNil(contents[CellReference("C3")!])
        XCTAssertEqual(contents[CellReference("D3")!], XLSXCellContents(.number(0.755), isPercentage: true))
        XCTAssertEqual(contents.rowNumbers, [1, 2, 3])
        XCTAssertTrue(try workbook.sheet(named: "Kedua").cells.isEmpty)
    }

    func testStripsCharactersXMLCannotHold() throws {
        let sheet = XLSXSheet(name: "S", rows: [XLSXRow(cells: [XLSXCell(.text("a\u{0}b\u{7}c"))])])
        let contents = try read(XLSXWriter.write(XLSXWorkbook(sheets: [sheet]))).sheet(named: "S")
        XCTAssertEqual(contents[CellReference("A1")!]?.value, .text("abc"))
    }

    // MARK: - Files as Excel and LibreOffice save them

    func testReadsSharedStringsRichTextFormulaResultsAndErrors() throws {
        let data = try DocumentsFixtures.package(
            sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="1"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
                <row r="2"><c r="A2" t="str"><f>CONCAT("Y","a")</f><v>Ya</v></c><c r="B2" t="e"><v>#DIV/0!</v></c>
                <c r="C2" t="b"><v>1</v></c><c r="D2" t="n"><v>42</v></c><c r="E2" s="1"/><c r="F2"><f>1+1</f><v>2</v></c></row>
                <row r="3"><c r="A3" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c></row>
                """,
            sharedStrings: """
                <si><t>Tidak</t></si>
                <si><r><t xml:space="preserve">Ya, </t></r><r><rPr><b/></rPr><t>jika</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>
                <si><t>line_x000D_
                break &amp; more</t></si>
                """
        )
        let sheet = try read(data).sheet(named: "Data")
        XCTAssertEqual(sheet[CellReference("A1")!]?.value, .text("Tidak"))
        XCTAssertEqual(sheet[CellReference("B1")!]?.value, .text("Ya, jika"))
        XCTAssertEqual(sheet[CellReference("C1")!]?.value, .text("line\r\nbreak & more"))
        XCTAssertEqual(sheet[CellReference("A2")!]?.value, .text("Ya"))
        XCTAssertEqual(sheet[CellReference("B2")!]?.value, .text("#DIV/0!"))
        XCTAssertEqual(sheet[CellReference("C2")!]?.value, .boolean(true))
        XCTAssertEqual(sheet[CellReference("D2")!]?.value, .number(42))
        XCTAssertNil(sheet[CellReference("E2")!], "a cell with only a style is empty")
        XCTAssertEqual(sheet[CellReference("F2")!]?.value, .number(2), "the cached result of a formula")
        XCTAssertEqual(sheet[CellReference("A3")!]?.value, .text("rich inline"))
    }

    func testRowsAndCellsWithoutReferencesFollowThePreviousOne() throws {
        let data = try DocumentsFixtures.package(
            sheetData: """
                <row><c t="inlineStr"><is><t>A1</t></is></c><c><v>2</v></c></row>
                <row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>
                <row><c><v>5</v></c></row>
                """)
        let sheet = try read(data).sheet(named: "Data")
        XCTAssertEqual(
            sheet.cells,
            [
                CellReference("A1")!: XLSXCellContents(.text("A1")), CellReference("B1")!: XLSXCellContents(.number(2)),
                CellReference("C5")!: XLSXCellContents(.number(3)), CellReference("D5")!: XLSXCellContents(.number(4)),
                CellReference("A6")!: XLSXCellContents(.number(5)),
            ])
    }

    func testReadsPrefixedNamespacesAndAbsoluteTargets() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let data = try DocumentsFixtures.zip([
            ("[Content_Types].xml", DocumentsFixtures.contentTypes),
            (
                "_rels/.rels",
                DocumentsFixtures.packageRelationships.replacingOccurrences(
                    of: "Target=\"xl/workbook.xml\"", with: "Target=\"/xl/workbook.xml\"")
            ),
            (
                "xl/workbook.xml",
                #"<x:workbook xmlns:x="\#(main)" xmlns:rel="\#(relationships)"><x:sheets><x:sheet name="Lembar" sheetId="7" rel:id="rIdSheet"/></x:sheets></x:workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSheet" Type="\#(relationships)/worksheet" Target="/xl/worksheets/../worksheets/data.xml"/></Relationships>"#
            ),
            (
                "xl/worksheets/data.xml",
                #"<x:worksheet xmlns:x="\#(main)"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#
            ),
        ])
        XCTAssertEqual(try read(data).sheet(named: "Lembar").cells, [CellReference("B2")!: XLSXCellContents(.text("ok"))])
    }

    func testRecognizesPercentageFormats() throws {
        let data = try DocumentsFixtures.package(
            sheetData: (0..<5).map { #"<c r="\#(CellReference(row: 1, column: $0 + 1))" s="\#($0)"><v>0.5</v></c>"# }.joined()
                .wrappedInRow() + #"<row r="2"><c r="A2" s="1" t="inlineStr"><is><t>50%</t></is></c></row>"#,
            styles: #"""
                <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.00&quot;%&quot;"/></numFmts>
                <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
                <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs>
                """#
        )
        let sheet = try read(data).sheet(named: "Data")
        XCTAssertEqual((1...5).map { sheet[CellReference(row: 1, column: $0)]?.isPercentage }, [false, true, true, false, true])
        XCTAssertEqual(sheet[CellReference("A2")!], XLSXCellContents(.text("50%")), "only numbers are percentages")
        XCTAssertTrue(StylesPart.showsPercentage(#"0.0\%%"#))
        XCTAssertFalse(StylesPart.showsPercentage(#"0.0\%"#))
    }

    // MARK: - Errors and limits

    func testRefusesWhatIsNoXLSXFile() throws {
        assertReadError(Data(), .notXLSX(reason: "the data is not a ZIP archive"))
        assertReadError(Data("name,value\nA,1\n".utf8), .notXLSX(reason: "the data is not a ZIP archive"))
        assertReadError(try DocumentsFixtures.zip([("readme.txt", "hello")]), .notXLSX(reason: "the archive holds no workbook"))
        let truncated = try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "S")])).prefix(200)
        XCTAssertThrowsError(try read(Data(truncated))) {
            guard case .notXLSX = $0 as? XLSXReadError else { return XCTFail("\($0)") }
        }
    }

    func testNamesAMissingSheet() throws {
        let workbook = try read(XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "S")])))
        XCTAssertThrowsError(try workbook.sheet(named: "LKE")) {
            XCTAssertEqual($0 as? XLSXReadError, .sheetMissing("LKE"))
            XCTAssertEqual("\($0)", "the workbook has no sheet named \"LKE\"")
        }
    }

    func testReportsDamagedParts() throws {
        assertReadError(
            try DocumentsFixtures.package(sheetData: "<row><c><v>1</v></row>"),
            .malformedPart("xl/worksheets/sheet1.xml", reason: "not well-formed XML (error 76, line 1)"))
        for (path, content) in [
            ("xl/worksheets/sheet1.xml", "<worksheet><sheetData>"), ("xl/workbook.xml", ""), ("xl/workbook.xml", "<workbook>"),
        ] {
            let truncated = try DocumentsFixtures.package(sheetData: "").replacingContent(of: path, with: content)
            XCTAssertThrowsError(try read(truncated), content) {
                guard case .malformedPart(path, _)? = $0 as? XLSXReadError else { return XCTFail("\($0)") }
            }
        }
        assertReadError(
            try DocumentsFixtures.package(sheetData: #"<row><c t="s"><v>3</v></c></row>"#, sharedStrings: "<si><t>x</t></si>"),
            .malformedPart("xl/worksheets/sheet1.xml", reason: "cell A1 refers to shared string \"3\", which does not exist"))
        assertReadError(
            try DocumentsFixtures.package(sheetData: #"<row><c r="A1"><v>abc</v></c></row>"#),
            .malformedPart("xl/worksheets/sheet1.xml", reason: "cell A1 holds the number \"abc\""))
        assertReadError(
            try DocumentsFixtures.package(sheetData: #"<row><c r="1A"><v>1</v></c></row>"#),
            .malformedPart("xl/worksheets/sheet1.xml", reason: "cell reference \"1A\""))
        let missingSheet = try DocumentsFixtures.package(sheetData: "").replacingPart(
            "xl/worksheets/sheet1.xml", with: "xl/worksheets/other.xml")
        assertReadError(missingSheet, .missingPart("xl/worksheets/sheet1.xml"))
    }

    func testRefusesDocumentTypeDeclarations() throws {
        let bomb = """
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>
            """
        var data = try DocumentsFixtures.package(sheetData: "", sharedStrings: "")
        data = try data.replacingContent(of: "xl/sharedStrings.xml", with: bomb)
        assertReadError(data, .malformedPart("xl/sharedStrings.xml", reason: "a document type declaration is not allowed"))
    }

    func testRefusesArchivesThatUnpackBeyondTheLimit() throws {
        let big = String(repeating: "<row><c><v>1</v></c></row>", count: 50_000)
        let data = try DocumentsFixtures.package(sheetData: big)
        XCTAssertLessThan(data.count, 100_000, "the sheet compresses well")
        let limits = XLSXReader.Limits(maxUncompressedBytes: 1_000_000, maxEntries: 100, maxRowsPerSheet: 1_000_000)
        assertReadError(data, limits: limits, .tooLarge(limitBytes: 1_000_000))
        XCTAssertNoThrow(
            try read(data, limits: XLSXReader.Limits(maxUncompressedBytes: 2_000_000, maxEntries: 100, maxRowsPerSheet: 1_000_000)))
    }

    func testStopsInflatingWhenAnEntryLiesAboutItsSize() throws {
        let big = String(repeating: "<row><c><v>1</v></c></row>", count: 50_000)
        let data = try DocumentsFixtures.package(sheetData: big).declaringSize(100, for: "xl/worksheets/sheet1.xml")
        let limits = XLSXReader.Limits(maxUncompressedBytes: 1_000_000, maxEntries: 100, maxRowsPerSheet: 1_000_000)
        assertReadError(data, limits: limits, .tooLarge(limitBytes: 1_000_000))
    }

    func testRefusesTooManyRowsAndEntries() throws {
        let rows = String(repeating: "<row><c><v>1</v></c></row>", count: 11)
        let limits = XLSXReader.Limits(maxUncompressedBytes: 1_000_000, maxEntries: 5, maxRowsPerSheet: 10)
        assertReadError(try DocumentsFixtures.package(sheetData: rows), limits: limits, .tooManyRows(sheet: "Data", limit: 10))
        let crowded = try DocumentsFixtures.zip((0..<6).map { ("file\($0).xml", "<a/>") })
        assertReadError(crowded, limits: limits, .tooManyEntries(limit: 5))
    }

    func testRefusesAnArchiveWhoseDirectoryPointsOutsideTheFile() throws {
        let content = Data("<a/>".utf8)
        let damaged: [(String, Data)] = [
            (
                "offset beyond Int64.max",
                CraftedZIP.archive([
                    .init(path: "a.xml", content: content, listedOffset: CraftedZIP.deferred, zip64Values: [1 << 63])
                ])
            ),
            (
                "size of UInt64.max",
                CraftedZIP.archive([
                    .init(path: "a.xml", content: content),
                    .init(path: "b.xml", content: content, listedSize: CraftedZIP.deferred, zip64Values: [.max]),
                ])
            ),
            (
                "directory beyond Int64.max",
                CraftedZIP.archive([.init(path: "a.xml", content: content)], end: .init(directoryOffset: 1 << 63, zip64: true))
            ),
        ]
        for (reason, data) in damaged {
            XCTAssertThrowsError(try read(data), reason) {
                guard case .notXLSX(let message)? = $0 as? XLSXReadError, message.hasPrefix("the ZIP archive is damaged") else {
                    return XCTFail("\(reason): \($0)")
                }
            }
        }
    }

    func testRefusesDataDescriptorsWhoseSizesOverflowTheirSum() throws {
        let content = Data("<a/>".utf8)
        let data = CraftedZIP.archive([
            .init(path: "a.xml", content: content),
            .init(
                path: "b.xml", content: content, flags: CraftedZIP.dataDescriptorFlag,
                trailer: CraftedZIP.zip64DataDescriptor(for: content, claimingSize: .max)),
        ])
        assertReadError(data, .tooLarge(limitBytes: XLSXReader.Limits.standard.maxUncompressedBytes))
    }

    func testRefusesARowBelowTheLastRowOfASheet() throws {
        let data = try DocumentsFixtures.package(
            sheetData: #"<row r="1048576"><c r="A1048576"><v>1</v></c></row><row><c><v>2</v></c></row>"#)
        assertReadError(data, .malformedPart("xl/worksheets/sheet1.xml", reason: "a row lies outside the sheet"))
    }

    func testStandardLimits() {
        XCTAssertEqual(XLSXReader.Limits.standard.maxUncompressedBytes, 50 * 1_048_576)
        XCTAssertEqual(XLSXReader.Limits.standard.maxRowsPerSheet, 100_000)
    }
}

private extension String {
    func wrappedInRow() -> String {
        #"<row r="1">\#(self)</row>"#
    }
}

private extension Data {
    /// The same archive with the part at `path` renamed to `newPath`.
    func replacingPart(_ path: String, with newPath: String) throws -> Data {
        let parts = try DocumentsFixtures.unzip(self)
        return try DocumentsFixtures.zip(parts.map { ($0.key == path ? newPath : $0.key, String(decoding: $0.value, as: UTF8.self)) })
    }

    /// The same archive with the content of the part at `path` replaced.
    func replacingContent(of path: String, with content: String) throws -> Data {
        let parts = try DocumentsFixtures.unzip(self)
        return try DocumentsFixtures.zip(parts.map { ($0.key, $0.key == path ? content : String(decoding: $0.value, as: UTF8.self)) })
    }

    /// The same archive with the uncompressed size of `path` in its local and central headers
    /// changed to `size`, as a zip bomb would lie.
    func declaringSize(_ size: UInt32, for path: String) -> Data {
        var data = self
        let name = Data(path.utf8)
        // Local file header: signature PK\3\4, size at offset 22, name at offset 30.
        // Central directory header: signature PK\1\2, size at offset 24, name at offset 46.
        for (signature, sizeOffset, nameOffset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22, 30), ([0x50, 0x4B, 0x01, 0x02], 24, 46)] {
            var start = data.startIndex
            while let range = data.range(of: Data(signature), in: start..<data.endIndex) {
                let header = range.lowerBound
                if data.count > header + nameOffset + name.count, data[(header + nameOffset)..<(header + nameOffset + name.count)] == name {
                    Swift.withUnsafeBytes(of: size.littleEndian) {
                        data.replaceSubrange((header + sizeOffset)..<(header + sizeOffset + 4), with: $0)
                    }
                }
                start = range.upperBound
            }
        }
        return data
    }
}
