import ZICore

/// The structure of a plan document, shared by the DOCX and the HTML:
///
/// - portrait: cover; Kata Pengantar; Bab I Pendahuluan (Latar Belakang, Dasar Hukum, Maksud
///   dan Tujuan, Pengertian Umum); Bab II Program Kerja (Pencanangan, Proses Pembangunan);
/// - landscape: Bab III Rencana Aksi, the action table;
/// - portrait: Bab IV Monitoring dan Evaluasi; Bab V Penutup with the signature; Lampiran I Tim
///   Kerja, Lampiran II Agen Perubahan, Lampiran III Target Prioritas.
///
/// Each chapter starts on a new page. Empty lists read "Belum ditetapkan.".
struct PlanDocumentLayout {
    let document: PlanDocument

    /// What an empty list or team shows.
    static let notYetSet = "Belum ditetapkan."

    var outline: DocumentOutline {
        DocumentOutline(
            title: "Dokumen Rencana Kerja Pembangunan Zona Integritas \(document.unitName) Tahun \(document.year)",
            sections: [
                DocumentSection(orientation: .portrait, chapters: [cover, kataPengantar, pendahuluan, programKerja]),
                DocumentSection(orientation: .landscape, chapters: [rencanaAksi]),
                DocumentSection(orientation: .portrait, chapters: [monitoringEvaluasi, penutup] + appendices),
            ]
        )
    }

    /// The predicate named on the cover.
    private var targetName: String {
        switch document.target {
        case .wbk: "WILAYAH BEBAS DARI KORUPSI (WBK)"
        case .wbbm: "WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)"
        }
    }

    private var cover: DocumentChapter {
        let names = [document.unitName] + (document.instansiName.map { [$0] } ?? [])
        return DocumentChapter(
            isCover: true,
            blocks: [
                .title("DOKUMEN RENCANA KERJA\nPEMBANGUNAN ZONA INTEGRITAS\nMENUJU \(targetName)")
            ] + names.map { .paragraph(DocumentParagraph(text: $0.uppercased(), alignment: .center, isBold: true)) } + [
                .paragraph(DocumentParagraph(text: "TAHUN \(document.year)", alignment: .center, isBold: true))
            ])
    }

    private var kataPengantar: DocumentChapter {
        DocumentChapter(blocks: [.heading("KATA PENGANTAR", level: 1)] + NarrativeText.blocks(document.narrative.kataPengantar))
    }

    private var pendahuluan: DocumentChapter {
        let narrative = document.narrative
        let terms = narrative.pengertianUmum.map { "\($0.term) adalah \($0.definition)" }
        let pengertian: [DocumentBlock] =
            terms.isEmpty
            ? [Self.paragraph(Self.notYetSet)]
            : [Self.paragraph("Dalam dokumen rencana kerja ini, yang dimaksud dengan:"), Self.numbered(terms)]
        return DocumentChapter(
            blocks: [.heading("BAB I\nPENDAHULUAN", level: 1)]
                + [.heading("A. Latar Belakang", level: 2)] + NarrativeText.blocks(narrative.latarBelakang)
                + [.heading("B. Dasar Hukum", level: 2), Self.numberedOrNotYetSet(narrative.dasarHukum)]
                + [.heading("C. Maksud dan Tujuan", level: 2)] + NarrativeText.blocks(narrative.maksudTujuan)
                + [.heading("D. Pengertian Umum", level: 2)] + pengertian)
    }

    private var programKerja: DocumentChapter {
        DocumentChapter(
            blocks: [.heading("BAB II\nPROGRAM KERJA PEMBANGUNAN ZONA INTEGRITAS", level: 1)]
                + [.heading("A. Pencanangan Pembangunan Zona Integritas", level: 2)] + NarrativeText.blocks(document.narrative.pencanangan)
                + [.heading("B. Proses Pembangunan Zona Integritas", level: 2)] + NarrativeText.blocks(document.narrative.prosesPembangunan)
        )
    }

    private var monitoringEvaluasi: DocumentChapter {
        DocumentChapter(
            blocks: [.heading("BAB IV\nMONITORING DAN EVALUASI", level: 1)] + NarrativeText.blocks(document.narrative.monitoringEvaluasi))
    }

    private var penutup: DocumentChapter {
        DocumentChapter(
            blocks: [.heading("BAB V\nPENUTUP", level: 1)] + NarrativeText.blocks(document.narrative.penutup) + [.signature(signature)])
    }

    /// The head's signature; what is not known yet is a dotted line to fill in by hand.
    private var signature: DocumentSignature {
        let blank = "...................."
        let date = document.signDate.map(IndonesianDate.format) ?? "\(blank) \(document.year)"
        return DocumentSignature(
            placeAndDate: "\(document.place ?? blank), \(date)",
            title: document.headTitle + ",",
            name: document.headName ?? blank,
            nip: "NIP. \(document.headNIP ?? blank)"
        )
    }

    /// A justified paragraph of `text`.
    static func paragraph(_ text: String) -> DocumentBlock {
        .paragraph(DocumentParagraph(text: text))
    }

    /// `items` numbered `1.`, `2.`, ….
    static func numbered(_ items: [String]) -> DocumentBlock {
        .list(items.enumerated().map { DocumentListItem(marker: "\($0.offset + 1).", text: $0.element) })
    }

    /// `items` numbered, or "Belum ditetapkan." when there are none.
    static func numberedOrNotYetSet(_ items: [String]) -> DocumentBlock {
        items.isEmpty ? paragraph(notYetSet) : numbered(items)
    }
}
