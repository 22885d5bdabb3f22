import Foundation
import XCTest
@testable import ZIDocuments

final class EvidenceExportIndexTests: XCTestCase {
    private func html(_ items: [EvidenceExportPlan.Item], title: String = "Data Dukung ZI 2025") -> String {
        EvidenceExportIndex.html(EvidenceExportPlan(items: items), title: title)
    }

    func testIsAStandalonePageWithTheColumns() {
        let page = html([EvidenceExportPlanTests.item("SK Tim.pdf", size: 1_572_864)])
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        XCTAssertTrue(page.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(page.contains("<title>Data Dukung ZI 2025</title>"))
        XCTAssertTrue(
            page.contains(
                "<tr><th scope=\"col\">Area</th><th scope=\"col\">Pertanyaan</th><th scope=\"col\">Judul</th><th scope=\"col\">Berkas</th>"
                    + "<th scope=\"col\">SHA-256</th><th scope=\"col\">Ukuran</th><th scope=\"col\">Status</th></tr>"
            ))
        XCTAssertTrue(page.contains("<p>1 berkas, 1,5 MB.</p>"))
        XCTAssertFalse(page.contains("http"), "nothing outside the page")
        XCTAssertFalse(page.contains("<script"))
    }

    func testRowShowsTheItemAndLinksIntoTheArchive() {
        let item = EvidenceExportPlanTests.item("Notulen Rapat Monev – Triwulan I (final).pdf", contentID: "9f86d081884c7d65", size: 2048)
        let page = html([item])
        let link =
            "1%20Manajemen%20Perubahan/1.i.a%20Unit%20kerja%20telah%20membentuk%20tim%20untuk%20melakukan%20pembangunan"
            + "%20Zona%20Integritas/Notulen%20Rapat%20Monev%20%E2%80%93%20Triwulan%20I%20%28final%29.pdf"
        XCTAssertTrue(
            page.contains(
                "<tr><td>1 Manajemen Perubahan</td><td>\(EvidenceExportPlanTests.question1)</td>"
                    + "<td>Bukti Notulen Rapat Monev – Triwulan I (final).pdf</td>"
                    + "<td><a href=\"\(link)\">Notulen Rapat Monev – Triwulan I (final).pdf</a></td>"
                    + "<td><code>9f86d081884c7d65</code></td><td class=\"size\">2 KB</td><td>Diterima</td></tr>"
            ), page)
    }

    func testEverythingIsEscaped() {
        var item = EvidenceExportPlanTests.item("<img src=x onerror=alert(1)>.pdf", label: "1.i.a \"Tim\" & <b>kerja</b>")
        item.title = "<script>alert('judul')</script>"
        item.status = "Ditolak & diperbaiki"
        let page = html([item], title: "Ekspor <Unit> & Co")
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertFalse(page.contains("<img"))
        XCTAssertFalse(page.contains("<b>"))
        XCTAssertTrue(page.contains("<title>Ekspor &lt;Unit&gt; &amp; Co</title>"))
        XCTAssertTrue(page.contains("<td>&lt;script&gt;alert(&apos;judul&apos;)&lt;/script&gt;</td>"))
        XCTAssertTrue(page.contains("<td>1.i.a &quot;Tim&quot; &amp; &lt;b&gt;kerja&lt;/b&gt;</td>"))
        XCTAssertTrue(page.contains("<td>Ditolak &amp; diperbaiki</td>"))
        XCTAssertTrue(
            page.contains(
                "href=\"1%20Manajemen%20Perubahan/1.i.a%20_Tim_%20%26%20_b_kerja__b_/_img%20src%3Dx%20onerror%3Dalert%281%29_.pdf\""), page)
    }

    func testRowsFollowTheExportOrder() throws {
        let page = html([EvidenceExportPlanTests.item("b.pdf"), EvidenceExportPlanTests.item("a.pdf")])
        let first = try XCTUnwrap(page.range(of: ">a.pdf</a>"))
        let second = try XCTUnwrap(page.range(of: ">b.pdf</a>"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound)
    }

    func testEmptyPlanSaysSo() {
        let page = html([])
        XCTAssertTrue(page.contains("<p>0 berkas, 0 B.</p>"))
        XCTAssertTrue(page.contains("<tr><td colspan=\"7\">Tidak ada data dukung.</td></tr>"))
    }

    func testSizesAreWrittenInBinaryUnitsWithADecimalComma() {
        XCTAssertEqual(EvidenceFileSize.text(0), "0 B")
        XCTAssertEqual(EvidenceFileSize.text(1023), "1023 B")
        XCTAssertEqual(EvidenceFileSize.text(1024), "1 KB")
        XCTAssertEqual(EvidenceFileSize.text(1536), "1,5 KB")
        XCTAssertEqual(EvidenceFileSize.text(1_048_575), "1 MB")
        XCTAssertEqual(EvidenceFileSize.text(2_200_000), "2,1 MB")
        XCTAssertEqual(EvidenceFileSize.text(5 * 1_073_741_824), "5 GB")
    }
}
