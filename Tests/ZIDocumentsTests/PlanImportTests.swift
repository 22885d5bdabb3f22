import XCTest
@testable import ZIDocuments

/// Reading a plan table: header, outline carried down, headings, areas, cells and problems.
final class PlanImportTests: XCTestCase {
    private let header = ["NO", "KOMPONEN/AREA", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET WAKTU", "% REALISASI"]

    private func parse(_ rows: [[String]]) throws -> PlanImportResult {
        try PlanTableImport.parse(csv: PlanCSV.data(rows))
    }

    // MARK: Header

    func testHeaderSynonymsAndTitleRowsAbove() throws {
        let result = try parse([
            ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS 2025"],
            [],
            [
                "No.", "Area Perubahan", "Sub Indikator", "Indikator Penilaian", "Rencana-Aksi", "Output", "Jadwal Pelaksanaan",
                "Capaian (%)",
            ],
            ["1", "Penguatan Pengawasan", "Gratifikasi", "Sosialisasi UPG", "Menyusun SOP UPG", "SOP UPG", "Maret 2025", "50%"],
        ])

        XCTAssertEqual(result.headerRow, 3)
        XCTAssertEqual(result.problems.map(\.code), [.beforeHeader])
        XCTAssertEqual(result.problems[0].row, 1)
        XCTAssertEqual(
            result.problems[0].message, "Baris di atas judul kolom tidak diimpor: “RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS 2025”.")
        XCTAssertEqual(result.skippedEmptyRows, 1)
        XCTAssertEqual(
            result.rows,
            [
                PlanImportRow(
                    sourceRow: 4, area: .standard(5), komponen: "Gratifikasi", indikator: "Sosialisasi UPG",
                    langkahAksi: "Menyusun SOP UPG", buktiFisik: ["SOP UPG"], targetWaktu: "Maret 2025", realisasiPercent: 50)
            ])
    }

    func testHeaderNamesAreMatchedLoosely() {
        let cases: [(String, PlanColumn?)] = [
            ("NO", .number), ("Nomor", .number), ("Komponen", .komponen), ("Komponen / Area", .komponen), ("AREA  PERUBAHAN", .area),
            ("Indikator", .indikator), ("LANGKAH-LANGKAH AKSI", .langkahAksi), ("Kegiatan", .langkahAksi),
            ("Uraian Kegiatan", .langkahAksi),
            ("Bukti Fisik / Output", .buktiFisik), ("Data Dukung", .buktiFisik), ("Target\nWaktu", .targetWaktu), ("Waktu", .targetWaktu),
            ("Jadwal", .targetWaktu), ("% Realisasi", .realisasi), ("Realisasi (%)", .realisasi), ("Persentase Capaian", .realisasi),
            ("PIC", nil), ("Keterangan", nil), ("Target", nil), ("Nominal", nil), ("", nil),
        ]
        for (header, column) in cases {
            XCTAssertEqual(PlanColumn.matching(header: header), column, header)
        }
    }

    func testMissingRequiredColumnsAreNamed() {
        XCTAssertThrowsError(try parse([["Judul"], ["No", "Indikator", "Kegiatan", "Keterangan"], ["1", "a", "b", "c"]])) { error in
            XCTAssertEqual(
                error as? PlanImportError,
                .missingColumns(missing: [.targetWaktu], found: [.number, .indikator, .langkahAksi], row: 2, sheet: nil))
            XCTAssertEqual(
                String(describing: error),
                "Kolom wajib tidak ditemukan: Target Waktu. Baris judul yang paling mendekati adalah baris 2, "
                    + "berisi kolom No, Indikator, Langkah Aksi.")
        }
        XCTAssertThrowsError(try parse([["Nama", "Jabatan"], ["Budi", "Kepala"]])) { error in
            XCTAssertEqual(error as? PlanImportError, .missingColumns(missing: PlanColumn.required, found: [], row: nil, sheet: nil))
        }
    }

    func testHeaderIsOnlySearchedInTheFirstFifteenNonEmptyRows() throws {
        let table = [header.prefix(6).map { $0 }, ["", "Pengawasan", "WBS", "Membangun WBS", "", "Juni"]]
        XCTAssertNoThrow(try parse((1...14).map { ["Catatan \($0)"] } + [[]] + table))
        XCTAssertThrowsError(try parse((1...15).map { ["Catatan \($0)"] } + table))
    }

    func testUnknownAndDuplicateColumnsAreReportedOnce() throws {
        let result = try parse([
            ["Indikator", "Langkah Aksi", "PIC", "Target Waktu", "Waktu"],
            ["", "", "", "", ""],
            ["Manajemen Perubahan", "", "", "", ""],
            ["Tim kerja", "Membentuk tim", "Sekretariat", "Januari", "Februari"],
            ["Tim kerja", "Menetapkan SK", "Kepala", "Januari", "Maret"],
        ])

        XCTAssertEqual(result.problems.map(\.code), [.ignoredColumn, .ignoredColumn])
        XCTAssertEqual(result.problems.map(\.row), [1, 1])
        XCTAssertEqual(
            result.problems.map(\.message),
            [
                "Kolom “PIC” tidak diimpor: judulnya tidak dikenali.",
                "Kolom “Waktu” tidak diimpor: kolom Target Waktu sudah ada di sebelah kirinya.",
            ])
        XCTAssertEqual(result.rows.map(\.targetWaktu), ["Januari", "Januari"])
    }

    func testRepeatedHeaderRereadsTheColumns() throws {
        let result = try parse([
            ["Indikator", "Langkah Aksi", "Target Waktu"],
            ["I. MANAJEMEN PERUBAHAN", "", ""],
            ["Tim kerja", "Membentuk tim", "Januari"],
            ["Target Waktu", "Indikator", "Langkah Aksi"],
            ["Februari", "Agen perubahan", "Menetapkan agen"],
        ])

        XCTAssertEqual(result.problems.map(\.code), [.repeatedHeader])
        XCTAssertEqual(result.problems[0].row, 4)
        XCTAssertEqual(result.rows.map(\.indikator), ["Tim kerja", "Agen perubahan"])
        XCTAssertEqual(result.rows.map(\.targetWaktu), ["Januari", "Februari"])
    }

    func testCellsOutsideTheColumnsAreReported() throws {
        let result = try parse([
            ["Area", "Indikator", "Langkah Aksi", "Target Waktu"],
            ["Pengawasan", "WBS", "Membangun WBS", "Juni", "catatan pinggir"],
        ])

        XCTAssertEqual(result.rows.count, 1)
        XCTAssertEqual(result.problems.map(\.code), [.cellOutsideColumns])
        XCTAssertEqual(result.problems[0].message, "Sel di kolom E tidak berada di bawah judul kolom mana pun; isinya tidak diimpor.")
    }

    // MARK: Outline

    func testMergedAreaAndIndikatorCellsAreCarriedDown() throws {
        let result = try parse([
            header,
            ["I", "MANAJEMEN PERUBAHAN", "", "", "", "", ""],
            ["1", "Tim Kerja", "SK tim kerja", "Menyusun SOP", "SOP", "Januari 2021", ""],
            ["", "", "", "Membentuk tim", "SK tim", "Februari 2021", ""],
            ["", "", "Tim dievaluasi", "Rapat evaluasi", "Notulen", "Juli 2021", ""],
            ["II", "PENATAAN TATALAKSANA", "", "", "", "", ""],
            ["1", "SOP", "", "Menyusun SOP utama", "SOP", "Maret 2021", ""],
        ])

        XCTAssertEqual(result.rows.map(\.area), [.standard(1), .standard(1), .standard(1)])
        XCTAssertEqual(result.rows.map(\.komponen), ["Tim Kerja", "Tim Kerja", "Tim Kerja"])
        XCTAssertEqual(result.rows.map(\.indikator), ["SK tim kerja", "SK tim kerja", "Tim dievaluasi"])
        XCTAssertEqual(result.problems, [PlanImportProblem.missingIndikator(row: 7)], "a new area does not inherit the last indikator")
        XCTAssertEqual(
            result.problems[0].message, "Indikator kosong dan tidak ada indikator di atasnya yang dapat diteruskan; baris tidak diimpor.")
        XCTAssertEqual(result.accountedRows(), Set(1...7))
    }

    func testRowsBeforeAnyAreaAreReported() throws {
        let result = try parse([
            ["Indikator", "Langkah Aksi", "Target Waktu"],
            ["Tim kerja", "Membentuk tim", "Januari"],
            ["A. Manajemen Perubahan", "", ""],
            ["Tim kerja", "Membentuk tim", "Januari"],
        ])

        XCTAssertEqual(result.problems.map(\.code), [.noArea])
        XCTAssertEqual(result.problems[0].row, 2)
        XCTAssertEqual(result.rows.map(\.sourceRow), [4])
        XCTAssertEqual(result.headings, [PlanImportHeading(row: 3, text: "Manajemen Perubahan", kind: .area(.standard(1)))])
    }

    func testKomponenColumnHoldingAreaNames() throws {
        let result = try parse([
            ["Komponen", "Indikator", "Kegiatan", "Waktu"],
            ["Manajemen Perubahan", "Tim kerja", "Membentuk tim", "Januari"],
            ["", "Agen perubahan", "Menetapkan agen", "Februari"],
            ["Penataan Tata Laksana", "SOP", "Menyusun SOP", "Maret"],
            ["", "SPBE", "Memakai aplikasi", "April"],
        ])

        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.rows.map(\.area), [.standard(1), .standard(1), .standard(2), .standard(2)])
        XCTAssertEqual(result.rows.map(\.komponen), [nil, nil, nil, nil])
        XCTAssertEqual(result.areas, [.standard(1), .standard(2)])
    }

    func testAreaColumnByNumberNameOrUnitName() throws {
        let result = try parse([
            ["Area", "Indikator", "Langkah Aksi", "Target Waktu"],
            ["3", "Mutasi", "Menyusun pola mutasi", "Mei"],
            ["III", "Mutasi", "Melaksanakan mutasi", "Juni"],
            ["Area 6", "SKM", "Survei kepuasan", "Juli"],
            ["Zona Pengembangan Program dan Kemitraan", "Kemitraan", "Menyusun pedoman kemitraan", "Agustus"],
            ["PENGEMBANGAN PROGRAM DAN KEMITRAAN", "Kemitraan", "Menyusun alur kemitraan", "September"],
        ])

        let kemitraan = PlanArea.unitDefined("Pengembangan Program dan Kemitraan")
        XCTAssertEqual(result.rows.map(\.area), [.standard(3), .standard(3), .standard(6), kemitraan, kemitraan])
        XCTAssertEqual(result.areas, [.standard(3), .standard(6), kemitraan])
        XCTAssertEqual(result.rows[1].indikator, "Mutasi", "the same area keeps its outline")
        XCTAssertEqual(kemitraan.description, "Pengembangan Program dan Kemitraan")
        XCTAssertEqual(PlanArea.standard(3).description, "Penataan Sistem Manajemen SDM Aparatur")
    }

    func testAreaNamesAreMatchedAsWholeWordSets() {
        let cases: [(String, Int?)] = [
            ("MANAJEMEN PERUBAHAN", 1), ("Zona Manajemen Perubahan", 1), ("Perubahan", nil), ("Komitmen dalam perubahan", nil),
            ("PENATAAN TATA LAKSANA", 2), ("Zona Tatalaksana", 2), ("Penataan Sistem Manajemen SDM Aparatur", 3),
            ("Zona Pengelolaan SDM", 3), ("Manajemen Sumber Daya Manusia", 3), ("Penguatan Akuntabilitas", 4),
            ("Akuntabilitas Kinerja", 4), ("Pengelolaan Akuntabilitas Kinerja", nil), ("Penguatan Pengawasan", 5),
            ("Peningkatan Kualitas Pelayanan Publik", 6), ("Zona Pelayanan Publik dan Publikasi", 6), ("Pelayanan Publik yang Prima", nil),
            ("Standar Pelayanan", nil), ("4", 4), ("vi", 6), ("Area II", 2), ("7", nil), ("Pengembangan Program dan Kemitraan", nil),
        ]
        for (text, number) in cases {
            XCTAssertEqual(PlanAreaVocabulary.match(text), number, text)
        }
    }

    func testHeadingsNumberedLikeTheAreasStartUnitDefinedAreas() throws {
        let result = try parse([
            ["NO", "AREA", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU"],
            ["VI.", "", "Pelayanan Publik", "", ""],
            ["", "", "SKM", "Survei", "Juni"],
            ["VII.", "", "Pengembangan Program dan Kemitraan", "", ""],
            ["a.", "", "Layanan kemitraan", "", ""],
            ["", "", "Pedoman kemitraan", "Menyusun pedoman", "Juli"],
            ["", "", "Lihat lampiran", "", ""],
        ])

        XCTAssertEqual(
            result.headings.map(\.kind), [.area(.standard(6)), .area(.unitDefined("Pengembangan Program dan Kemitraan")), .komponen])
        XCTAssertEqual(result.rows.last?.komponen, "Layanan kemitraan")
        XCTAssertEqual(result.problems.map(\.code), [.missingLangkahAksi], "unnumbered indikator text alone is an action without its step")
        XCTAssertEqual(result.problems.first?.row, 7)
    }

    func testSectionsOfTheLKE() throws {
        let result = try parse([
            ["Indikator Penilaian", "", "", "Langkah Aksi", "Target Waktu"],
            ["A.", "PENGUNGKIT", "", "", ""],
            ["", "1.", "MANAJEMEN PERUBAHAN", "", ""],
            ["", "a.", "Tim dibentuk", "Membentuk tim", "Januari"],
            ["II REFORM", "", "", "", ""],
            ["", "", "Agen membuat perubahan", "Melaporkan perubahan", "Desember"],
            ["B.", "HASIL", "", "", ""],
            ["", "I", "PELAYANAN PUBLIK YANG PRIMA", "", ""],
            ["", "a", "Nilai IPKP", "Survei eksternal", "Desember"],
        ])

        XCTAssertEqual(
            result.headings.map(\.kind),
            [.section, .area(.standard(1)), .section, .section, .area(.unitDefined("PELAYANAN PUBLIK YANG PRIMA"))])
        XCTAssertEqual(result.rows.map(\.indikator), ["Tim dibentuk", "Nilai IPKP"])
        XCTAssertEqual(result.problems.map(\.code), [.noArea], "after a section, rows wait for an area heading")
        XCTAssertEqual(result.problems.first?.row, 6)
    }

    // MARK: Cells

    func testTooLongCellsLeaveTheirRowOut() throws {
        let long = String(repeating: "x", count: 2001)
        let result = try parse([
            ["Area", "Indikator", "Langkah Aksi", "Target Waktu"],
            ["Pengawasan", "WBS", String(repeating: "y", count: 2000), "Juni"],
            ["", "WBS", long, "Juli"],
            ["", long, "Evaluasi", "Agustus"],
            ["", "", "Tindak lanjut", "September"],
        ])

        XCTAssertEqual(result.rows.map(\.sourceRow), [2])
        XCTAssertEqual(
            result.problems.map(\.code), [.cellTooLong, .cellTooLong, .missingIndikator], "a too-long indikator is not carried down")
        XCTAssertEqual(result.problems.map(\.column), [.langkahAksi, .indikator, .indikator])
        XCTAssertEqual(
            result.problems[0].message, "Isi kolom Langkah Aksi terlalu panjang (2.001 karakter, paling banyak 2.000); baris tidak diimpor."
        )
        XCTAssertEqual(result.accountedRows(), Set(1...5))
    }

    func testEmptyLangkahAksiAndTargetWaktu() throws {
        let result = try parse([
            ["Area", "Indikator", "Langkah Aksi", "Bukti Fisik", "Target Waktu"],
            ["Pengawasan", "WBS", "", "Laporan WBS", "Juni"],
            ["", "", "Evaluasi WBS", "Laporan", ""],
        ])

        XCTAssertEqual(result.problems.map(\.code), [.missingLangkahAksi, .missingTargetWaktu])
        XCTAssertEqual(result.problems.map(\.code.skipsRow), [true, false])
        XCTAssertEqual(result.rows.map(\.indikator), ["WBS"], "the skipped row's indikator is carried down")
        XCTAssertNil(result.rows[0].targetWaktu)
    }

    func testDuplicateRowsAreLeftOut() throws {
        let row = ["Pengawasan", "WBS", "Membangun WBS", "SK; Laporan", "Juni"]
        let result = try parse([
            ["Area", "Indikator", "Langkah Aksi", "Bukti Fisik", "Target Waktu"], row, ["", "", "Membangun WBS", "SK; Laporan", "Juni"],
            row,
        ])

        XCTAssertEqual(result.rows.map(\.sourceRow), [2])
        XCTAssertEqual(result.problems.map(\.code), [.duplicateRow, .duplicateRow])
        XCTAssertEqual(result.problems[0].message, "Baris ini sama persis dengan baris 2; baris tidak diimpor.")
    }

    func testTargetWaktuIsKeptAsWritten() throws {
        let texts = [
            "Januari s/d Oktober 2021", "Maret, Juni, September, Desember 2025", "Triwulan I 2025", "Setiap bulan", "Feb-2021",
            "Januari – Desember 2025\n(Program)",
        ]
        let result = try parse(
            [["Area", "Indikator", "Langkah Aksi", "Target Waktu"]]
                + texts.enumerated().map { ["1", "Indikator \($0.offset)", "Aksi", "  \($0.element) "] })

        XCTAssertEqual(result.rows.map(\.targetWaktu), texts)
    }

    func testRealisasi() throws {
        let cases: [(String, Double?, PlanImportProblem.Code?)] = [
            ("75%", 75, nil), ("75 %", 75, nil), ("75", 75, nil), ("75,5", 75.5, nil), ("75.5", 75.5, nil), ("100", 100, nil),
            ("0", 0, nil),
            ("0,5%", 0.5, nil), ("0,75", 0.75, .ambiguousRealisasi), ("", nil, nil), ("-", nil, nil), ("120%", nil, .realisasiOutOfRange),
            ("-5", nil, .realisasiOutOfRange), ("selesai", nil, .invalidRealisasi),
        ]
        let result = try parse(
            [header] + [["", "Pengawasan", "", "", "", "", ""]]
                + cases.enumerated().map { index, testCase in
                    ["", "", "Indikator \(index)", "Aksi", "", "Juni", testCase.0]
                })

        XCTAssertEqual(result.rows.map(\.realisasiPercent), cases.map(\.1))
        XCTAssertEqual(result.problems.map(\.code), cases.compactMap(\.2))
        XCTAssertEqual(result.problems.map(\.row), cases.enumerated().compactMap { $0.element.2 == nil ? nil : $0.offset + 3 })
        XCTAssertEqual(result.problems.first?.message, "Realisasi 0,75 dibaca sebagai 0,75%; tulis 75% bila maksudnya itu.")
    }

    func testBuktiFisikItems() {
        let cases: [(String, [String])] = [
            ("SK Tim Kerja", ["SK Tim Kerja"]),
            ("SOP Pemilihan Tim; SK Tim", ["SOP Pemilihan Tim", "SK Tim"]),
            ("Laporan\nNotulen rapat", ["Laporan", "Notulen rapat"]),
            ("1. SK ZI 2. SK SPI 3. SK Benturan kepentingan", ["SK ZI", "SK SPI", "SK Benturan kepentingan"]),
            ("1.Rekap mutasi 2.Usulan calon", ["Rekap mutasi", "Usulan calon"]),
            ("1. 1. Absensi rapat 2. LAKIN 2024", ["Absensi rapat", "LAKIN 2024"]),
            ("a. Undangan b. Daftar hadir", ["Undangan", "Daftar hadir"]),
            ("- SK Dumas - Laporan Dumas (bulanan)", ["SK Dumas", "Laporan Dumas (bulanan)"]),
            ("-SK Agen perubahan -Rencana Kerja agen,", ["SK Agen perubahan", "Rencana Kerja agen"]),
            ("Renstra BSIP 2023 - 2024", ["Renstra BSIP 2023 - 2024"]),
            ("Link WA - nomor telepon", ["Link WA - nomor telepon"]),
            ("Undangan, daftar hadir, notulen", ["Undangan, daftar hadir, notulen"]),
            ("ISO 9001:2015 versi 2.5", ["ISO 9001:2015 versi 2.5"]),
            ("Laporan e-SKP; ;", ["Laporan e-SKP"]),
        ]
        for (cell, items) in cases {
            XCTAssertEqual(PlanEvidenceItems.split(cell), items, cell)
        }
    }

    func testProblemDescription() {
        XCTAssertEqual(
            PlanImportProblem.missingLangkahAksi(row: 12).description,
            "baris 12 (Langkah Aksi): Langkah aksi kosong padahal baris ini berisi data lain; baris tidak diimpor.")
    }
}
