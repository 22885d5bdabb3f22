import XCTest
@testable import ZIDocuments

final class PlanDocumentNarrativeTextTests: XCTestCase {
    private func paragraph(_ text: String) -> DocumentBlock {
        .paragraph(DocumentParagraph(text: text))
    }

    func testBlankLinesSeparateParagraphsAndSingleBreaksStay() {
        XCTAssertEqual(NarrativeText.blocks("Satu\r\nbaris dua\n\n\n  Tiga  \n"), [paragraph("Satu\nbaris dua"), paragraph("Tiga")])
        XCTAssertEqual(NarrativeText.blocks(" \n\n"), [])
    }

    func testMarkedLinesBecomeListItems() {
        let text = """
            Tujuannya adalah:
            1. memberikan keseragaman;
               lanjutan butir satu
            2) menetapkan rencana aksi.
            a. butir huruf
            - butir strip

            Paragraf penutup.
            Dr. Andi bukan butir.
            """
        XCTAssertEqual(
            NarrativeText.blocks(text),
            [
                paragraph("Tujuannya adalah:"),
                .list([
                    DocumentListItem(marker: "1.", text: "memberikan keseragaman;\nlanjutan butir satu"),
                    DocumentListItem(marker: "2)", text: "menetapkan rencana aksi."),
                    DocumentListItem(marker: "a.", text: "butir huruf"),
                    DocumentListItem(marker: "-", text: "butir strip"),
                ]),
                paragraph("Paragraf penutup.\nDr. Andi bukan butir."),
            ])
    }

    func testAParagraphAfterAListIsNotPartOfTheLastItem() {
        XCTAssertEqual(
            NarrativeText.blocks("1. satu\n\nlalu ini\n2. dua"),
            [
                .list([DocumentListItem(marker: "1.", text: "satu")]),
                paragraph("lalu ini"),
                .list([DocumentListItem(marker: "2.", text: "dua")]),
            ])
    }
}
