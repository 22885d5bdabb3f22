import XCTest
@testable import ZIDocuments

/// The plan tables of the real work plans in `shared/reference/seeds`, imported as CSV. The
/// expected numbers were counted by hand in the seed documents.
final class PlanImportSeedTests: XCTestCase {
    func testBalitnak2021TableImportsEveryAction() throws {
        let table = try PlanSeedTable.load("rencana-kerja-balai-penelitian-ternak-2021.md")
        let result = try PlanTableImport.parse(csv: table.csv)

        // 1 header, 6 area rows (I–VI), 72 actions: 7 + 6 + 18 + 11 + 18 + 12.
        XCTAssertEqual(table.rows.count, 79)
        XCTAssertEqual(table.joinedRows, 0)
        XCTAssertEqual(result.accountedRows(), Set(1...79))
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.headings.map(\.kind), (1...6).map { .area(.standard($0)) })
        XCTAssertEqual(result.areas, (1...6).map(PlanArea.standard))
        XCTAssertEqual(result.rows.count, 72)
        XCTAssertEqual((1...6).map { area in result.rows.count { $0.area == .standard(area) } }, [7, 6, 18, 11, 18, 12])
        XCTAssertEqual(Set(result.rows.map(\.indikator)).count, 72)
        XCTAssertEqual(Set(result.rows.compactMap(\.komponen)).count, 23, "4 + 3 + 6 + 2 + 5 + 3")

        let agen = try row(result, indikator: "Agen perubahan sudah ditetapkan")
        XCTAssertEqual(agen.area, .standard(1))
        XCTAssertEqual(agen.komponen, "Perubahan pola pikir dan budaya kerja", "carried down from the row above")
        XCTAssertEqual(agen.buktiFisik, ["SOP Pemilihan anggota Tim Agen Perubahan", "SK Tim Agen Perubahan"])
        XCTAssertEqual(agen.targetWaktu, "Januari 2021")
        let teknologi = try row(result, indikator: "Pemberian pelayanan kepada publik sudah menggunakan teknologi informasi")
        XCTAssertEqual(teknologi.area, .standard(2))
        XCTAssertEqual(teknologi.komponen, "E- Office (2)")
        let tim = try row(result, indikator: "SK Tim Kerja ZI telah dibuat sesuai prosedur yang telah ditetapkan")
        XCTAssertEqual(tim.sourceRow, 3)
        XCTAssertEqual(tim.langkahAksi.components(separatedBy: "\n").count, 3, "one cell, three lines")
        XCTAssertEqual(
            try row(result, indikator: "Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM").targetWaktu,
            "Januari 2021, setiap ada pertemuan")
        let benturan = try row(result, indikator: "Hasil evaluasi atas penanganan benturan kepentingan telah ditindaklanjuti")
        XCTAssertEqual(benturan.area, .standard(5))
        XCTAssertEqual(benturan.komponen, "Penanganan Benturan Kepentingan")
    }

    func testPerkebunan2025TableImportsEveryAction() throws {
        let table = try PlanSeedTable.load("rencana-kerja-pusat-standardisasi-perkebunan-2025.md")
        let result = try PlanTableImport.parse(csv: table.csv)

        // 1 header, 24 page headers, 62 headings, 112 actions and 1 action without langkah aksi.
        XCTAssertEqual(table.rows.count, 200)
        XCTAssertEqual(table.joinedRows, 14)
        XCTAssertEqual(result.accountedRows(), Set(1...200))
        XCTAssertEqual(result.problems(.repeatedHeader).count, 24)
        let missing = result.problems(.missingLangkahAksi)
        XCTAssertEqual(missing.map(\.row), [122])
        XCTAssertEqual(result.problems.count, 25)

        // Sections: Pengungkit, Pemenuhan, Reform, Hasil. Areas: the six under Pemenuhan, again
        // under Reform, and the two results. Komponen: 27 under Pemenuhan, 15 under Reform.
        let kinds = result.headings.map(\.kind)
        XCTAssertEqual(result.headings.filter { $0.kind == .section }.map(\.text), ["PENGUNGKIT", "PEMENUHAN", "REFORM", "HASIL"])
        XCTAssertEqual(kinds.count { if case .area = $0 { true } else { false } }, 14)
        XCTAssertEqual(kinds.count { $0 == .komponen }, 44)
        let hasil = [PlanArea.unitDefined("BIROKRASI YANG BERSIH DAN AKUNTABEL"), .unitDefined("PELAYANAN PUBLIK YANG PRIMA")]
        XCTAssertEqual(result.areas, (1...6).map(PlanArea.standard) + hasil)

        // Actions per area, Pemenuhan + Reform: 12+4, 9+6, 18+3, 11+3, 18+4, 18+3; Hasil 2 and 1.
        XCTAssertEqual(result.rows.count, 112)
        XCTAssertEqual(result.areas.map { area in result.rows.count { $0.area == area } }, [16, 15, 21, 14, 22, 21, 2, 1])
        XCTAssertEqual(Set(result.rows.map(\.indikator)).count, 112)

        let mekanisme = try row(result, indikator: "Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM")
        XCTAssertEqual(mekanisme.komponen, "Dokumen Rencana Pembangunan ZI")
        XCTAssertTrue(mekanisme.langkahAksi.hasSuffix("melalui rapat dan website"), "the page-cut cell is whole again")
        XCTAssertEqual(mekanisme.buktiFisik.count, 4)
        XCTAssertEqual(mekanisme.targetWaktu, "Januari – Desember 2025")
        let agen = try row(result, indikator: "Agan perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun) (%)")
        XCTAssertEqual(agen.area, .standard(1), "Reform restarts at area 1")
        XCTAssertEqual(agen.komponen, "Komitmen dalam perubahan")
        let lhkpn = try row(
            result,
            indikator:
                "Persentase penyampaian LHKPN - Jumlah yang harus melaporkan - Kepala satuan kerja - Pejabat yang diwajibkan menyampaikan LHKPN"
        )
        XCTAssertEqual(lhkpn.area, .standard(5))
        XCTAssertEqual(lhkpn.komponen, "Penyampaian Laporan Harta Kekayaan Pejabat Negara (LHKPN)")
        let survei = try row(result, indikator: "Nilai Survey Persepsi Korupsi (Survei Eksternal)")
        XCTAssertEqual(survei.area, hasil[0])
        XCTAssertNil(survei.komponen)
        XCTAssertEqual(
            try row(
                result,
                indikator:
                    "Pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan publik telah dilakukan monev secara berkala"
            ).targetWaktu,
            "Januari s/d Desember 2025; Maret, Juni, September, Desember 2025")
    }

    /// The BPMP DKI 2022 plan has no table: its outline (areas I–VII, indikator a., b., …, steps
    /// 1., 2., …) becomes one, each indikator written only on its first step as in a merged
    /// cell, every step due "2022" (the plan states no timing).
    func testBPMP2022OutlineWithAUnitDefinedArea() throws {
        let rows = try bpmpTable(PlanSeedTable.seed("rencana-pembangunan-zi-bpmp-dki-2022.md"))
        let result = try PlanTableImport.parse(csv: PlanCSV.data(rows))

        // 7 areas, 26 indikator (4, 3, 6, 2, 5, 3, 3), 79 steps (13, 6, 19, 9, 17, 9, 6).
        XCTAssertEqual(result.accountedRows(), Set(1...rows.count))
        XCTAssertEqual(result.problems, [])
        let kemitraan = PlanArea.unitDefined("Pengembangan Program dan Kemitraan")
        XCTAssertEqual(result.areas, (1...6).map(PlanArea.standard) + [kemitraan])
        XCTAssertEqual(
            result.areas.map { area in Set(result.rows.filter { $0.area == area }.map(\.indikator)).count }, [4, 3, 6, 2, 5, 3, 3])
        XCTAssertEqual(result.areas.map { area in result.rows.count { $0.area == area } }, [13, 6, 19, 9, 17, 9, 6])
        let inovasi = try XCTUnwrap(result.rows.last)
        XCTAssertEqual(inovasi.area, kemitraan)
        XCTAssertEqual(inovasi.indikator, "Inovasi pengembangan program dan kemitraan", "carried down over the empty cell")
        XCTAssertEqual(inovasi.langkahAksi, "Pengembangan inovasi layanan kemitraan.")
    }

    private func row(_ result: PlanImportResult, indikator: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> PlanImportRow
    {
        try XCTUnwrap(result.rows.first { $0.indikator == indikator }, "no row with indikator \(indikator)", file: file, line: line)
    }

    /// The outline of section F of the BPMP plan as table rows: `NO, AREA, INDIKATOR, LANGKAH AKSI, TARGET WAKTU`.
    private func bpmpTable(_ markdown: String) throws -> [[String]] {
        var rows = [["NO", "AREA", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU"]]
        var inTargets = false
        var indikator = ""
        let lines = markdown.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("F. Rencana Kerja") })
        for line in lines[start...].prefix(while: { !$0.hasPrefix("G. Penutup") }) {
            if let area = line.wholeMatch(of: /([IVX]+\.) (Zona .+)/) {
                rows.append([String(area.1), String(area.2), "", "", ""])
                inTargets = false
            } else if line == "Target" {
                inTargets = true
            } else if !inTargets, let item = line.wholeMatch(of: /(?:- )?[a-f]\. (.+?)\.?/) {
                indikator = String(item.1)
            } else if !inTargets, let step = line.wholeMatch(of: /\d\. (.+)/) {
                rows.append(["", "", indikator, String(step.1), "2022"])
                indikator = ""
            }
        }
        return rows
    }
}
