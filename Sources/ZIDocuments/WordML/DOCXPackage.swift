import Foundation

/// Writes a ``DocumentOutline`` as a Word document (`.docx`).
///
/// The package holds `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` and `app.xml`,
/// `word/document.xml` with its relationships, `word/styles.xml` and `word/settings.xml`.
/// The output depends only on the outline.
enum DOCXPackage {
    private static let wordContentType = OOXMLPackage.contentTypePrefix + "wordprocessingml."

    /// The `.docx` file of `outline`.
    static func write(_ outline: DocumentOutline) throws(DOCXWriterError) -> Data {
        let relationships = OOXMLPackage.relationshipsNamespace
        let parts = [
            (
                "[Content_Types].xml",
                OOXMLPackage.contentTypes([
                    ("/word/document.xml", wordContentType + "document.main+xml"),
                    ("/word/styles.xml", wordContentType + "styles+xml"),
                    ("/word/settings.xml", wordContentType + "settings+xml"),
                ])
            ),
            ("_rels/.rels", OOXMLPackage.packageRelationships(mainPart: "word/document.xml")),
            (OOXMLPackage.corePropertiesPath, OOXMLPackage.coreProperties(title: outline.title, creator: nil)),
            (OOXMLPackage.applicationPropertiesPath, OOXMLPackage.applicationProperties),
            ("word/document.xml", WordMLDocument(outline: outline).xml),
            (
                "word/_rels/document.xml.rels",
                OOXMLPackage.relationships([
                    (relationships + "/styles", "styles.xml"),
                    (relationships + "/settings", "settings.xml"),
                ])
            ),
            ("word/styles.xml", WordMLStyles.xml),
            ("word/settings.xml", settings),
        ]
        do {
            return try OOXMLPackage.zip(parts)
        } catch {
            throw .archiveFailed(reason: error.reason)
        }
    }

    /// `word/settings.xml`: Indonesian proofing, default tab stops, Word 2013+ layout rules.
    private static let settings =
        OOXMLPackage.declaration
        + #"<w:settings xmlns:w="\#(WordMLNamespace.main)">"#
        + #"<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#
        + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        + #"<w:themeFontLang w:val="id-ID"/>"#
        + "</w:settings>"
}
