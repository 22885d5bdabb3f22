import Foundation

/// The fixed parts of an XLSX package around the worksheets: content types, relationships,
/// the workbook part and the document properties.
///
/// Worksheet `n` (1-based) is `xl/worksheets/sheet<n>.xml` with relationship id `rId<n>`;
/// the styles part follows with the next id.
struct XLSXPackageParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument."

    let workbook: XLSXWorkbook

    /// The path of the worksheet part at `index` (0-based).
    static func worksheetPath(_ index: Int) -> String {
        "xl/worksheets/sheet\(index + 1).xml"
    }

    /// `[Content_Types].xml`: the content type of every part.
    var contentTypes: String {
        let sheets = workbook.sheets.indices.map {
            override("/" + Self.worksheetPath($0), Self.contentTypePrefix + "spreadsheetml.worksheet+xml")
        }
        return Self.declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + override("/xl/workbook.xml", Self.contentTypePrefix + "spreadsheetml.sheet.main+xml")
            + sheets.joined()
            + override("/xl/styles.xml", Self.contentTypePrefix + "spreadsheetml.styles+xml")
            + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
            + override("/docProps/app.xml", Self.contentTypePrefix + "extended-properties+xml")
            + "</Types>"
    }

    /// `_rels/.rels`: the package's relationships to the workbook and the document properties.
    var packageRelationships: String {
        relationships([
            (Self.relationshipsNamespace + "/officeDocument", "xl/workbook.xml"),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            (Self.relationshipsNamespace + "/extended-properties", "docProps/app.xml"),
        ])
    }

    /// `xl/_rels/workbook.xml.rels`: the workbook's relationships to its sheets and styles.
    var workbookRelationships: String {
        let sheets = workbook.sheets.indices.map {
            (Self.relationshipsNamespace + "/worksheet", "worksheets/sheet\($0 + 1).xml")
        }
        return relationships(sheets + [(Self.relationshipsNamespace + "/styles", "styles.xml")])
    }

    /// `xl/workbook.xml`: the sheet names in tab order.
    var workbookPart: String {
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(XMLEscaping.escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return Self.declaration
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

    /// `docProps/core.xml`: title and author.
    var coreProperties: String {
        let title = workbook.title.map { "<dc:title>\(XMLEscaping.escape($0))</dc:title>" } ?? ""
        let creator = workbook.creator.map { "<dc:creator>\(XMLEscaping.escape($0))</dc:creator>" } ?? ""
        return Self.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#
            + #" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/""#
            + #" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + title + creator
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the producing application.
    var applicationProperties: String {
        Self.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties""#
            + #" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
            + "<Application>SIZI</Application>"
            + "</Properties>"
    }

    private func override(_ partName: String, _ contentType: String) -> String {
        #"<Override PartName="\#(partName)" ContentType="\#(contentType)"/>"#
    }

    private func relationships(_ targets: [(type: String, target: String)]) -> String {
        let entries = targets.enumerated().map { index, entry in
            #"<Relationship Id="rId\#(index + 1)" Type="\#(entry.type)" Target="\#(entry.target)"/>"#
        }
        return Self.declaration
            + #"<Relationships xmlns="\#(Self.packageRelationshipsNamespace)">\#(entries.joined())</Relationships>"#
    }
}
