import XCTest
import ZIDocuments

/// The public pages' rich text: paragraphs and lists from plain typing, everything escaped.
final class NarrativeHTMLTests: XCTestCase {
    func testParagraphsAndListsAreMarkedUpAndTypedHTMLIsEscaped() {
        let typed = """
            Dengan ini kami menyatakan sanggup:
            1. Memberikan pelayanan sesuai standar;
            2. Tidak menerima <script>alert(1)</script> imbalan.

            Apabila tidak menepati janji, kami siap menerima sanksi & teguran.
            """
        let html = NarrativeHTML.fragment(typed)
        XCTAssertEqual(
            html,
            """
            <p>Dengan ini kami menyatakan sanggup:</p>
            <ol class="marked">
            <li><span class="marker">1.</span><span class="item">Memberikan pelayanan sesuai standar;</span></li>
            <li><span class="marker">2.</span><span class="item">Tidak menerima &lt;script&gt;alert(1)&lt;/script&gt; imbalan.</span></li>
            </ol>
            <p>Apabila tidak menepati janji, kami siap menerima sanksi &amp; teguran.</p>

            """)
        XCTAssertEqual(NarrativeHTML.fragment("  \n\n "), "")
    }
}
