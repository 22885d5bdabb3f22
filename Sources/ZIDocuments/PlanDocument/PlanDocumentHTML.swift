/// Renders a ``PlanDocument`` as a print-ready HTML5 page with the structure of the DOCX.
///
/// The page has no scripts and no `style` attributes; its look comes from the stylesheet
/// (`plan-print.css`: A4 pages, the action table on landscape pages, a page break before each
/// chapter). All text is escaped.
public enum PlanDocumentHTML {
    /// The complete HTML page of `document`, linking the stylesheet at `stylesheetHref` if given.
    public static func render(_ document: PlanDocument, stylesheetHref: String?) -> String {
        HTMLDocument(outline: PlanDocumentLayout(document: document).outline, stylesheetHref: stylesheetHref).html
    }
}
