import XCTest
@testable import ZIDocuments

final class PlanDocumentHTMLTests: XCTestCase {
    private func render(_ document: PlanDocument = PlanDocumentFixtures.sample(), stylesheet: String? = "/css/plan-print.css") -> String {
        PlanDocumentHTML.render(document, stylesheetHref: stylesheet)
    }

    /// How often `needle` occurs in `text`.
    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    func testPageIsACompleteHTMLDocumentWithoutScriptsOrInlineStyles() {
        let html = render()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"))
        XCTAssertTrue(html.contains("<title>Dokumen Rencana Kerja Pembangunan Zona Integritas Balai Contoh Tahun 2025</title>"))
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"/css/plan-print.css\">"))
        XCTAssertTrue(html.hasSuffix("</main>\n</body>\n</html>\n"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.lowercased().contains("style="))
        XCTAssertFalse(html.lowercased().contains("<style"))
        XCTAssertFalse(render(stylesheet: nil).contains("<link"))
    }

    func testChaptersAndTheLandscapeSection() {
        let html = render()
        XCTAssertEqual(count("<section class=\"chapter", in: html), 10)
        XCTAssertEqual(count("<section class=\"chapter cover\">", in: html), 1)
        XCTAssertEqual(count("<section class=\"chapter landscape\">", in: html), 1)
        XCTAssertTrue(
            html.contains("<section class=\"chapter landscape\">\n<h2>BAB III<br>RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025</h2>"))
        XCTAssertTrue(
            html.contains(
                "<h1 class=\"title\">DOKUMEN RENCANA KERJA<br>PEMBANGUNAN ZONA INTEGRITAS<br>MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)</h1>"))
        for heading in [
            "<h2>KATA PENGANTAR</h2>", "<h3>A. Latar Belakang</h3>", "<h3>D. Pengertian Umum</h3>", "<h2>BAB V<br>PENUTUP</h2>",
            "<h2>LAMPIRAN III<br>TARGET PRIORITAS PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025</h2>",
        ] {
            XCTAssertTrue(html.contains(heading), heading)
        }
        XCTAssertTrue(
            html.contains(
                "<ol class=\"marked\">\n<li><span class=\"marker\">1.</span><span class=\"item\">Undang-Undang Nomor 28 Tahun 1999"))
        XCTAssertTrue(
            html.contains(
                "<div class=\"signature\">\n<p>Bogor, 22 November 2026</p>\n<p class=\"signer-title\">Kepala Balai Contoh,</p>\n"
                    + "<p class=\"signer-name\">Dr. Andi Contoh, M.Si.</p>\n<p>NIP. 196910291996031001</p>\n</div>"))
    }

    func testActionTableHasAHeadAreaRowsAndRowSpans() {
        let html = render()
        XCTAssertTrue(html.contains("<table class=\"grid rencana-aksi\">\n<colgroup><col class=\"col-no\"><col class=\"col-indikator\">"))
        XCTAssertTrue(
            html.contains(
                "<thead>\n<tr><th scope=\"col\">NO</th><th scope=\"col\">INDIKATOR</th><th scope=\"col\">LANGKAH AKSI</th>"
                    + "<th scope=\"col\">BUKTI FISIK</th><th scope=\"col\">TARGET WAKTU</th><th scope=\"col\">PIC</th><th scope=\"col\">% REALISASI</th></tr>\n</thead>"
            ))
        XCTAssertTrue(html.contains("<tr class=\"group\"><th colspan=\"7\" scope=\"colgroup\">I. MANAJEMEN PERUBAHAN</th></tr>"))
        XCTAssertTrue(
            html.contains("<tr class=\"group\"><th colspan=\"7\" scope=\"colgroup\">III. PENGEMBANGAN PROGRAM DAN KEMITRAAN</th></tr>"))
        XCTAssertTrue(
            html.contains(
                "<tr><td rowspan=\"3\" class=\"center\">1</td><td rowspan=\"3\">Tim kerja telah dibentuk<br>(LKE A.I.1.i.a)</td>"
                    + "<td>Menyusun SK Tim Kerja<br>Menetapkan koordinator area</td><td><ul class=\"items\"><li>SK Tim Kerja</li><li>Notulen rapat</li></ul></td>"
                    + "<td class=\"center\">Januari 2025</td><td>Kasubag TU</td><td class=\"center\">100%</td></tr>"))
        XCTAssertTrue(
            html.contains(
                "<tr><td>Menyosialisasikan SK Tim Kerja</td><td><ul class=\"items\"><li>Daftar hadir sosialisasi</li></ul></td>"
                    + "<td class=\"center\">-</td><td>-</td><td class=\"center\">37,5%</td></tr>"),
            "rows under a span leave out the covered cells")
        XCTAssertFalse(render(PlanDocumentFixtures.sample(showRealisasi: false)).contains("REALISASI"))
    }

    func testTextIsEscaped() {
        var document = PlanDocumentFixtures.sample()
        let hostile = "<script>alert(\"x\")</script> & 'kutip' \u{1}akhir"
        document.unitName = hostile
        document.areas[0].indikators[0].text = hostile
        document.narrative.kataPengantar = hostile
        let html = render(document, stylesheet: "a.css?x=1&y=\"2\"")
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;kutip&apos; akhir"
        XCTAssertGreaterThanOrEqual(count(escaped, in: html), 4, "title, Bab III introduction, indikator, kata pengantar")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("\u{1}"))
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"a.css?x=1&amp;y=&quot;2&quot;\">"))
    }

    func testEmptyPlanSaysWhatIsMissing() {
        let html = render(PlanDocumentFixtures.empty())
        XCTAssertFalse(html.contains("<table"))
        XCTAssertTrue(html.contains("<p>Belum ada rencana aksi.</p>"))
        XCTAssertEqual(count("<p>Belum ditetapkan.</p>", in: html), 5)
    }
}
