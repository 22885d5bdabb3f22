/// A document to render, independent of the output format: sections of pages in one
/// orientation, each holding chapters that start on a new page.
///
/// The plan and monev renderers build an outline once; ``WordMLDocument`` writes it as DOCX and
/// ``HTMLDocument`` as HTML, so both formats share one structure.
struct DocumentOutline: Equatable {
    /// The document title, for the file's properties (`<title>`, `docProps/core.xml`).
    var title: String
    /// The sections in order; a new section starts on a new page.
    var sections: [DocumentSection]
}

/// A run of pages in one orientation.
struct DocumentSection: Equatable {
    /// How the pages of a section are turned.
    enum Orientation: Equatable {
        case portrait
        case landscape
    }

    var orientation: Orientation
    /// The chapters in order; each starts on a new page.
    var chapters: [DocumentChapter]
}

/// A part of a document that starts on a new page: the cover, a chapter, an appendix.
struct DocumentChapter: Equatable {
    /// Whether this is the cover page (the HTML styles it apart).
    var isCover = false
    /// The content in order.
    var blocks: [DocumentBlock]
}

/// One piece of content. Text may hold line breaks (`\n`), which the renderers keep.
enum DocumentBlock: Equatable {
    /// The document's title (on a cover or the first page), one entry per line.
    case title(String)
    /// A heading: level 1 for chapters, 2 for their parts, 3 below.
    case heading(String, level: Int)
    /// A paragraph of text.
    case paragraph(DocumentParagraph)
    /// Items, each with its own mark (`1.`, `a.`, `-`).
    case list([DocumentListItem])
    /// A table.
    case table(DocumentTable)
    /// Place and date, the signer's title, room to sign, name and NIP.
    case signature(DocumentSignature)
}

/// A paragraph of text with its alignment and weight.
struct DocumentParagraph: Equatable {
    /// Horizontal alignment.
    enum Alignment: Equatable {
        /// Both edges straight, as the running text of an official document.
        case justified
        case left
        case center
    }

    var text: String
    var alignment: Alignment = .justified
    var isBold = false
}

/// One item of a list: its mark and its text.
struct DocumentListItem: Equatable {
    /// `1.`, `a.`, `-`, as shown.
    var marker: String
    var text: String
}

/// The signature block closing a document.
struct DocumentSignature: Equatable {
    /// `Bogor, 22 November 2026`.
    var placeAndDate: String
    /// The signer's position as shown, with its comma: `Kepala Balai Penelitian Ternak,`.
    var title: String
    /// The signer's name (or a dotted line to fill in by hand).
    var name: String
    /// `NIP. 196910291996031001`, if any.
    var nip: String?
}
