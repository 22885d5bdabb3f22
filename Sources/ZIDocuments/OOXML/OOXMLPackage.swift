import Foundation
import ZIPFoundation

/// The pieces every Office Open XML package shares, whatever its main part: the content-type
/// list, relationship parts, the document properties, and the ZIP container itself.
///
/// The container is deterministic: every entry carries the same fixed timestamp, so equal parts
/// give equal bytes.
enum OOXMLPackage {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let contentTypePrefix = "application/vnd.openxmlformats-officedocument."
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The paths of the document-property parts, `docProps/core.xml` and `docProps/app.xml`.
    static let corePropertiesPath = "docProps/core.xml"
    static let applicationPropertiesPath = "docProps/app.xml"

    /// The timestamp of every ZIP entry (2000-01-01), so that equal packages give equal bytes.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// `[Content_Types].xml`: the defaults for `.rels` and `.xml` parts, then one override per
    /// part (`/path`, content type) in the given order, the document properties last.
    static func contentTypes(_ overrides: [(partName: String, contentType: String)]) -> String {
        let properties = [
            ("/" + corePropertiesPath, "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/" + applicationPropertiesPath, contentTypePrefix + "extended-properties+xml"),
        ]
        let entries = (overrides + properties).map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }
        return declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + entries.joined()
            + "</Types>"
    }

    /// `_rels/.rels`: the package's relationships to its main part and the document properties.
    static func packageRelationships(mainPart: String) -> String {
        relationships([
            (relationshipsNamespace + "/officeDocument", mainPart),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", corePropertiesPath),
            (relationshipsNamespace + "/extended-properties", applicationPropertiesPath),
        ])
    }

    /// A relationships part; entry `n` (0-based) gets the id `rId<n+1>`.
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        let entries = targets.enumerated().map { index, entry in
            #"<Relationship Id="rId\#(index + 1)" Type="\#(entry.type)" Target="\#(entry.target)"/>"#
        }
        return declaration
            + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">\#(entries.joined())</Relationships>"#
    }

    /// `docProps/core.xml`: title and author, escaped; no dates, so the output stays deterministic.
    static func coreProperties(title: String?, creator: String?) -> String {
        let title = title.map { "<dc:title>\(XMLEscaping.escape($0))</dc:title>" } ?? ""
        let creator = creator.map { "<dc:creator>\(XMLEscaping.escape($0))</dc:creator>" } ?? ""
        return declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#
            + #" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/""#
            + #" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + title + creator
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the producing application.
    static let applicationProperties =
        declaration
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties""#
        + #" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        + "<Application>SIZI</Application>"
        + "</Properties>"

    /// The ZIP container holding `parts` (path, XML text), deflated, in the given order.
    static func zip(_ parts: [(path: String, xml: String)]) throws(OOXMLArchiveError) -> Data {
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
            guard let data = archive.data else { throw OOXMLArchiveError(reason: "the in-memory archive has no data") }
            return data
        } catch let error as OOXMLArchiveError {
            throw error
        } catch {
            throw OOXMLArchiveError(reason: String(describing: error))
        }
    }
}

/// Why the ZIP container of a package could not be written.
struct OOXMLArchiveError: Error {
    let reason: String
}
