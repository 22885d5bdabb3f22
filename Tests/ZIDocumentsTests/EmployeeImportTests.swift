import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// The employee import from a CSV list as SIMPEG/SIASN export it: header aliases, every problem
/// with its row and column, create vs update, and the summary.
final class EmployeeImportTests: XCTestCase {
    private let list = """
        DAFTAR PEGAWAI BALAI CONTOH;;;;;;;;;
        ;;;;;;;;;
        No;NIP Lama;NIP Baru;Nama Lengkap;Pangkat/Golongan Ruang;Nama Jabatan;Eselon;Unit Organisasi;Wajib LHKPN;Status
        1;010234567;19800101 200501 1 001;Budi Santoso, S.E.;Penata (III/c);Kepala Subbagian Umum;IV.a;Subbagian Umum;Ya;Aktif
        2;010234568;197203151998032001;Siti Aminah;Pembina (IV/a);Kepala Balai;III.a;Balai Contoh;1;PNS
        3;;1980010120050110;Andi;;;;;;
        4;;198501012010121002;;;;;;;
        5;;198501012010121003;Rina;;;;;Mungkin;Cuti
        6;;199001012015032004;Dewi Lestari;;;;;;
        ;;;;;;;;;
        7;;199001012015032004;Dewi L.;;;;;;
        8;;1,99001E+17;Eko;;;;;;
        9;;199203152019031005;Fajar;Penata Muda (III/a);Analis SDM;;Subbagian Umum;0;

        """

    private func preview(_ csv: String, existing: Set<String> = []) throws -> EmployeeImportPreview {
        try EmployeeImport.preview(csv: Data(csv.utf8), existingNIPs: existing, currentYear: 2026)
    }

    func testRowsToCreateAndUpdate() throws {
        let result = try preview(list, existing: ["198001012005011001"])

        XCTAssertEqual(result.headerRow, 3)
        XCTAssertNil(result.sheetName)
        XCTAssertEqual(result.ignoredColumns, ["No", "NIP Lama"], "NIP Baru is the NIP; NIP Lama is left out")
        XCTAssertEqual(result.rows.map(\.sourceRow), [4, 5, 13])
        XCTAssertEqual(result.rows.map(\.action), [.update, .create, .create])
        XCTAssertEqual(result.rows.map(\.nip.digits), ["198001012005011001", "197203151998032001", "199203152019031005"])
        let budi = result.rows[0]
        XCTAssertEqual(
            [budi.nama, budi.golongan, budi.jabatan, budi.eselon, budi.unitKerja],
            ["Budi Santoso, S.E.", "Penata (III/c)", "Kepala Subbagian Umum", "IV.a", "Subbagian Umum"])
        XCTAssertEqual([budi.wajibLHKPN, budi.aktif], [true, true])
        XCTAssertEqual([result.rows[1].wajibLHKPN, result.rows[1].aktif], [true, true], "1 and PNS")
        XCTAssertEqual(result.rows[2].wajibLHKPN, false)
        XCTAssertNil(result.rows[2].aktif, "an empty status cell leaves the status as it is")
    }

    func testEveryProblemNamesRowAndColumn() throws {
        let result = try preview(list, existing: ["198001012005011001"])

        XCTAssertEqual(
            result.problems.map(\.description),
            [
                "baris 6 (NIP): NIP harus 18 digit angka (tertulis 16 digit).",
                "baris 7 (Nama): Nama kosong; isi nama lengkap pegawai.",
                "baris 8 (Wajib LHKPN): Nilai Wajib LHKPN “Mungkin” tidak dikenali; isi Ya atau Tidak (1 atau 0), atau kosongkan.",
                "baris 8 (Status): Status “Cuti” tidak dikenali; isi Aktif atau Tidak Aktif, atau kosongkan.",
                "baris 9 (NIP): NIP 19900101 201503 2 004 juga tertulis pada baris 11; setiap pegawai cukup satu baris, hapus baris yang salah.",
                "baris 11 (NIP): NIP 19900101 201503 2 004 juga tertulis pada baris 9; setiap pegawai cukup satu baris, hapus baris yang salah.",
                "baris 12 (NIP): NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; ubah format kolom NIP menjadi Teks lalu ketik ulang NIP-nya.",
            ])
        XCTAssertEqual(
            result.problems.map(\.code),
            [
                .invalidNIP, .missingName, .unknownWajibLHKPN, .unknownStatus, .duplicateNIP, .duplicateNIP,
                .nipStoredAsNumber,
            ])
    }

    func testSummary() throws {
        let summary = try preview(list, existing: ["198001012005011001"]).summary
        XCTAssertEqual(summary, EmployeeImportPreview.Summary(rowsRead: 9, toCreate: 2, toUpdate: 1, rejected: 6, skippedEmptyRows: 1))
        XCTAssertEqual(summary.text, "9 baris dibaca: 2 pegawai baru, 1 diperbarui, 6 baris tidak diimpor.")
    }

    func testOnlyNIPAndNameNeededAndOptionalColumnsStayUnknown() throws {
        let result = try preview("nip,nama\n19800101.200501.1.001,Budi\n,\n")
        XCTAssertEqual(result.rows.count, 1)
        XCTAssertEqual(result.rows[0].nip.formatted, "19800101 200501 1 001")
        XCTAssertNil(result.rows[0].wajibLHKPN)
        XCTAssertNil(result.rows[0].jabatan)
        XCTAssertEqual(result.summary.skippedEmptyRows, 1)
    }

    func testPreviewEncodesTheNIPAsItsDigits() throws {
        let result = try preview("NIP;Nama\n19800101 200501 1 001;Budi\n")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(result.rows), as: UTF8.self)
        XCTAssertEqual(json, #"[{"action":"create","nama":"Budi","nip":"198001012005011001","sourceRow":2}]"#)
    }

    func testFilesThatCannotBeImported() {
        XCTAssertThrowsError(try preview("NIP;Jabatan\n198001012005011001;Analis\n")) { error in
            XCTAssertEqual(error as? EmployeeImportError, .missingColumns(missing: [.nama]))
            XCTAssertEqual(
                String(describing: error),
                "Kolom Nama tidak ditemukan. Baris judul harus memuat kolom NIP (atau NIP Baru) "
                    + "dan Nama (atau Nama Lengkap), seperti hasil unduhan SIMPEG/SIASN.")
        }
        XCTAssertThrowsError(try preview("\n;;\n")) { XCTAssertEqual($0 as? EmployeeImportError, .file(.empty)) }
        XCTAssertThrowsError(
            try EmployeeImport.preview(csv: Data([0x4E, 0x61, 0x6D, 0x61, 0xE9, 0x0A]), existingNIPs: [], currentYear: 2026)
        ) {
            XCTAssertEqual($0 as? EmployeeImportError, .file(.notUTF8))
        }
    }
}
