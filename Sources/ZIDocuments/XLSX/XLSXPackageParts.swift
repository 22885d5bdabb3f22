import Foundation

/// The parts of an XLSX package around the worksheets: content types, relationships and the
/// workbook part (the document properties come from ``OOXMLPackage``).
///
/// Worksheet `n` (1-based) is `xl/worksheets/sheet<n>.xml` with relationship id `rId<n>`;
/// the styles part follows with the next id.
struct XLSXPackageParts {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = OOXMLPackage.relationshipsNamespace
    private static let contentTypePrefix = OOXMLPackage.contentTypePrefix

    let workbook: XLSXWorkbook

    /// The path of the worksheet part at `index` (0-based).
    static func worksheetPath(_ index: Int) -> String {
        "xl/worksheets/sheet\(index + 1).xml"
    }

    /// `[Content_Types].xml`: the content type of every part.
    var contentTypes: String {
        let sheets = workbook.sheets.indices.map {
            ("/" + Self.worksheetPath($0), Self.contentTypePrefix + "spreadsheetml.worksheet+xml")
        }
        return OOXMLPackage.contentTypes(
            [("/xl/workbook.xml", Self.contentTypePrefix + "spreadsheetml.sheet.main+xml")]
                + sheets
                + [("/xl/styles.xml", Self.contentTypePrefix + "spreadsheetml.styles+xml")]
        )
    }

    /// `xl/_rels/workbook.xml.rels`: the workbook's relationships to its sheets and styles.
    var workbookRelationships: String {
        let sheets = workbook.sheets.indices.map {
            (Self.relationshipsNamespace + "/worksheet", "worksheets/sheet\($0 + 1).xml")
        }
        return OOXMLPackage.relationships(sheets + [(Self.relationshipsNamespace + "/styles", "styles.xml")])
    }

    /// `xl/workbook.xml`: the sheet names in tab order.
    var workbookPart: String {
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(XMLEscaping.escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return OOXMLPackage.declaration
            + #"<workbook xmlns="\#(Self.mainNamespace)" xmlns:r="\#(Self.relationshipsNamespace)">"#
            + #"<bookViews><workbookView activeTab="0"/></bookViews>"#
            + "<sheets>\(sheets.joined())</sheets>"
            + definedNames
            + "</workbook>"
    }

    /// The print titles (rows repeated on every page) of the sheets that have them.
    private var definedNames: String {
        let names = workbook.sheets.enumerated().compactMap { index, sheet in
            sheet.printSetup?.repeatedRows.map { rows in
                let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
                return #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">"#
                    + XMLEscaping.escape("\(quoted)!$\(rows.lowerBound):$\(rows.upperBound)") + "</definedName>"
            }
        }
        return names.isEmpty ? "" : "<definedNames>\(names.joined())</definedNames>"
    }
}
