/// Free text a unit types for the public (maklumat pelayanan, standar pelayanan) as an HTML
/// fragment: paragraphs and numbered or bulleted lists, read as in ``NarrativeText`` (blank
/// lines separate blocks, `1.`, `a)` or `-` start list items), line breaks kept. Everything
/// typed is escaped, so the fragment may be placed into a page as it is.
public enum NarrativeHTML {
    /// The fragment for `text`; empty for blank text.
    public static func fragment(_ text: String) -> String {
        NarrativeText.blocks(text).map(HTMLDocument.block).joined()
    }
}
