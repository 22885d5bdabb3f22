import Foundation
import XCTest
@testable import ZIDocuments

final class EvidenceFileNameTests: XCTestCase {
    func testDisplayNameDropsDirectories() {
        XCTAssertEqual(EvidenceFileName.displayName("../../etc/passwd"), "passwd")
        XCTAssertEqual(EvidenceFileName.displayName("..\\..\\win.ini"), "win.ini")
        XCTAssertEqual(EvidenceFileName.displayName("C:\\Users\\Budi\\Desktop\\SK Tim.pdf"), "SK Tim.pdf")
        XCTAssertNil(EvidenceFileName.displayName("dokumen/"))
    }

    func testDisplayNameKeepsIndonesianText() {
        let name = "Notulen Rapat Monev – Triwulan I (final).pdf"
        XCTAssertEqual(EvidenceFileName.displayName(name), name)
        XCTAssertEqual(
            EvidenceFileName.displayName("Daftar Hadir Sosialisasi ZI, 5 Mei 2025 [revisi #2].xlsx"),
            "Daftar Hadir Sosialisasi ZI, 5 Mei 2025 [revisi #2].xlsx")
    }

    func testDisplayNameComposesDecomposedLetters() {
        XCTAssertEqual(EvidenceFileName.displayName("Foto Kegiatan Cafe\u{301}.jpg")?.unicodeScalars.count, "Foto Kegiatan Café.jpg".count)
    }

    func testDisplayNameRemovesControlAndInvisibleCharacters() {
        XCTAssertEqual(EvidenceFileName.displayName("SK\u{0}Tim\u{7}.pdf"), "SKTim.pdf")
        XCTAssertEqual(EvidenceFileName.displayName("Laporan\u{202E}fdp.exe"), "Laporanfdp.exe")
        XCTAssertEqual(EvidenceFileName.displayName("Notulen\tRapat\r\n  Pimpinan.docx"), "Notulen Rapat Pimpinan.docx")
        XCTAssertEqual(EvidenceFileName.displayName("  Pakta\u{A0}Integritas .pdf  "), "Pakta Integritas .pdf")
    }

    func testDisplayNameDropsLeadingDots() {
        XCTAssertEqual(EvidenceFileName.displayName(".htaccess"), "htaccess")
        XCTAssertEqual(EvidenceFileName.displayName("... rahasia.pdf"), "rahasia.pdf")
    }

    func testDisplayNameOfNothingIsNil() {
        for raw in ["", "   ", ".", "..", "...", "../..", "\u{0}\u{1}", "\u{200E}"] {
            XCTAssertNil(EvidenceFileName.displayName(raw), raw.debugDescription)
        }
    }

    func testLongDisplayNamesKeepTheirExtension() throws {
        let name = try XCTUnwrap(EvidenceFileName.displayName(String(repeating: "Laporan ", count: 40) + "akhir.pdf"))
        XCTAssertEqual(name.count, 200)
        XCTAssertTrue(name.hasPrefix("Laporan Laporan"), name)
        XCTAssertTrue(name.hasSuffix(" Lapo.pdf"), name)
        let unspaced = try XCTUnwrap(EvidenceFileName.displayName(String(repeating: "a", count: 300) + ".docx"))
        XCTAssertEqual(unspaced, String(repeating: "a", count: 195) + ".docx")
        let withoutExtension = try XCTUnwrap(EvidenceFileName.displayName(String(repeating: "b", count: 300)))
        XCTAssertEqual(withoutExtension, String(repeating: "b", count: 200))
    }

    func testLongDisplayNamesAreNotCutInsideACharacter() throws {
        let name = try XCTUnwrap(EvidenceFileName.displayName(String(repeating: "🇮🇩", count: 150) + ".jpg"))
        XCTAssertLessThanOrEqual(name.utf16.count, 200)
        XCTAssertEqual(name, String(repeating: "🇮🇩", count: 49) + ".jpg")
    }

    func testArchiveComponentReplacesForbiddenCharacters() {
        XCTAssertEqual(
            EvidenceFileName.archivePathComponent(#"SK No. 12/2025: Tim "ZI" <baru>?*|\"#), "SK No. 12_2025_ Tim _ZI_ _baru_____")
        XCTAssertEqual(EvidenceFileName.archivePathComponent("Notulen\nRapat\u{0}"), "Notulen Rapat")
    }

    func testArchiveComponentAvoidsHiddenAndRelativeNames() {
        XCTAssertEqual(EvidenceFileName.archivePathComponent(".."), "_")
        XCTAssertEqual(EvidenceFileName.archivePathComponent("."), "_")
        XCTAssertEqual(EvidenceFileName.archivePathComponent(""), "_")
        XCTAssertEqual(EvidenceFileName.archivePathComponent("   "), "_")
        XCTAssertEqual(EvidenceFileName.archivePathComponent(".bashrc"), "bashrc")
        XCTAssertEqual(EvidenceFileName.archivePathComponent("../rahasia"), "_rahasia")
        XCTAssertEqual(EvidenceFileName.archivePathComponent("Lampiran dst. ..."), "Lampiran dst")
        XCTAssertEqual(EvidenceFileName.archivePathComponent("Foto . "), "Foto")
    }

    func testArchiveComponentAvoidsWindowsDeviceNames() {
        let reserved = [
            "CON", "con", "Prn", "AUX", "NUL", "nul.txt", "COM1", "com9.pdf", "LPT1", "lpt3.docx", "CON .txt", "COM¹", "conin$",
        ]
        for name in reserved {
            XCTAssertEqual(EvidenceFileName.archivePathComponent(name), "_" + name, name)
        }
        for name in ["CONTOH", "Console.pdf", "COM10", "LPT", "Auxiliary", "NULL", "1 CON"] {
            XCTAssertEqual(EvidenceFileName.archivePathComponent(name), name, name)
        }
    }

    func testArchiveComponentIsAtMostHundredCharacters() {
        let component = EvidenceFileName.archivePathComponent(String(repeating: "Manajemen Perubahan ", count: 10))
        XCTAssertEqual(component, String(String(repeating: "Manajemen Perubahan ", count: 5).dropLast()))
        let dotted = EvidenceFileName.archivePathComponent(String(repeating: "x", count: 99) + ". lanjutan")
        XCTAssertEqual(dotted, String(repeating: "x", count: 99), "a cut leaves no trailing dot")
    }

    func testArchiveFileNameKeepsItsExtensionAndTakesASuffix() {
        let name = String(repeating: "n", count: 150) + ".pdf"
        XCTAssertEqual(
            EvidenceFileName.archiveComponent(name, limit: 100, keepingExtension: true), String(repeating: "n", count: 96) + ".pdf")
        XCTAssertEqual(
            EvidenceFileName.archiveComponent(name, limit: 100, keepingExtension: true, suffix: " (2)"),
            String(repeating: "n", count: 92) + " (2).pdf")
        XCTAssertEqual(EvidenceFileName.archiveComponent("foto.jpg", limit: 100, keepingExtension: true, suffix: " (3)"), "foto (3).jpg")
        XCTAssertEqual(EvidenceFileName.archiveComponent("CON.pdf", limit: 100, keepingExtension: true), "_CON.pdf")
    }
}
