import Foundation
import XCTest
@testable import ZIDocuments

final class EvidenceFileSnifferTests: XCTestCase {
    private func detect(_ data: Data, named name: String) throws -> EvidenceFileType? {
        try EvidenceFileSniffer.detect(fileAt: writeFile(data, named: name, in: makeTemporaryDirectory()))
    }

    func testRecognisesEveryAllowedTypeByContent() throws {
        for type in EvidenceFileType.allCases {
            let data = try EvidenceFixtures.file(of: type)
            XCTAssertEqual(try detect(data, named: "bukti.\(type.fileExtension)"), type)
            XCTAssertEqual(try detect(data, named: "tanpa-ekstensi"), type, "the name plays no part")
        }
    }

    func testRefusesOtherContentWhateverTheName() throws {
        let refused: [(String, Data)] = [
            ("setup.pdf", EvidenceFixtures.executable),
            ("halaman.pdf", EvidenceFixtures.html),
            ("logo.png", EvidenceFixtures.svg),
            ("animasi.jpg", EvidenceFixtures.gif),
            ("catatan.docx", Data("Notulen rapat tim kerja ZI".utf8)),
            ("kosong.pdf", Data()),
            ("pendek.mp4", Data([0x00, 0x00, 0x00, 0x18] + Array("ftyp".utf8))),
            ("rusak.docx", Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0x41, count: 64)),
        ]
        for (name, data) in refused {
            XCTAssertNil(try detect(data, named: name), name)
        }
    }

    func testRefusesVideoAndImageContainersOtherThanMP4() throws {
        for brand in ["qt  ", "heic", "mif1", "M4A ", "3gp4"] {
            XCTAssertNil(try detect(EvidenceFixtures.mp4(brand: brand), named: "video.mp4"), brand)
        }
        for brand in ["isom", "mp42", "M4V ", "dash"] {
            XCTAssertEqual(try detect(EvidenceFixtures.mp4(brand: brand), named: "video.mp4"), .mp4, brand)
        }
    }

    func testRefusesZipArchivesThatAreNoAllowedPackage() throws {
        let refused: [(String, Data)] = [
            ("plain zip", try DocumentsFixtures.zip([("laporan.txt", "isi")])),
            ("main part without content types", try EvidenceFixtures.office(mainParts: ["word/document.xml"], contentTypes: false)),
            ("content types without a main part", try EvidenceFixtures.office(mainParts: ["word/styles.xml"])),
            ("two main parts", try EvidenceFixtures.office(mainParts: ["word/document.xml", "xl/workbook.xml"])),
            ("EPUB", try EvidenceFixtures.openDocument(mimetype: "application/epub+zip")),
            ("ODF presentation", try EvidenceFixtures.openDocument(mimetype: "application/vnd.oasis.opendocument.presentation")),
            ("mimetype with a trailing newline", try EvidenceFixtures.openDocument(mimetype: EvidenceFileType.odt.mediaType + "\n")),
            ("ODF without content", try EvidenceFixtures.openDocument(mimetype: EvidenceFileType.odt.mediaType, content: false)),
            (
                "mimetype not first",
                try DocumentsFixtures.zip([
                    ("content.xml", "<content/>"), ("mimetype", EvidenceFileType.odt.mediaType),
                ])
            ),
        ]
        for (reason, data) in refused {
            XCTAssertNil(try detect(data, named: "berkas.docx"), reason)
        }
    }

    func testOfficePartNamesIgnoreCase() throws {
        let data = try DocumentsFixtures.zip([("[content_types].xml", DocumentsFixtures.contentTypes), ("Word/Document.xml", "<root/>")])
        XCTAssertEqual(try detect(data, named: "surat.docx"), .docx)
    }

    func testRefusesArchivesWithTooManyEntries() throws {
        let parts = ["[Content_Types].xml", "word/document.xml"]
        let filler = (0..<(EvidenceFileSniffer.maxPackageEntries - parts.count)).map { "word/media/image\($0).png" }
        XCTAssertEqual(try detect(EvidenceFixtures.storedZip(paths: parts + filler), named: "batas.docx"), .docx)
        XCTAssertNil(try detect(EvidenceFixtures.storedZip(paths: parts + filler + ["satu-lagi.png"]), named: "bom.docx"))
    }

    func testRefusesPackagesWhoseDirectoryPointsOutsideTheFile() throws {
        let contentTypes = CraftedZIP.Entry(path: "[Content_Types].xml", content: Data(DocumentsFixtures.contentTypes.utf8))
        let document = Data("<w:document/>".utf8)
        XCTAssertEqual(
            try detect(CraftedZIP.archive([contentTypes, .init(path: "word/document.xml", content: document)]), named: "a.docx"), .docx,
            "the crafted package is a DOCX when its directory is honest")
        let damaged: [(String, Data)] = [
            (
                "offset beyond Int64.max",
                CraftedZIP.archive([
                    contentTypes,
                    .init(path: "word/document.xml", content: document, listedOffset: CraftedZIP.deferred, zip64Values: [1 << 63]),
                ])
            ),
            (
                "data descriptor beyond UInt64.max",
                CraftedZIP.archive([
                    contentTypes,
                    .init(
                        path: "word/document.xml", content: document, flags: CraftedZIP.dataDescriptorFlag,
                        listedSize: CraftedZIP.deferred, zip64Values: [UInt64.max - 0xFF]),
                ])
            ),
            ("directory beyond Int64.max", CraftedZIP.archive([contentTypes], end: .init(directoryOffset: 1 << 63, zip64: true))),
        ]
        for (reason, data) in damaged {
            XCTAssertNil(try detect(data, named: "laporan.docx"), reason)
        }
    }

    func testDocumentRenamedToPDFIsDetectedAsWhatItIs() throws {
        let type = try detect(EvidenceFixtures.docx(), named: "SK Tim Kerja.pdf")
        XCTAssertEqual(type, .docx)
        XCTAssertFalse(EvidenceFileSniffer.matchesExtension(try XCTUnwrap(type), fileName: "SK Tim Kerja.pdf"))
    }

    func testMatchesExtension() {
        XCTAssertTrue(EvidenceFileSniffer.matchesExtension(.jpeg, fileName: "foto.jpg"))
        XCTAssertTrue(EvidenceFileSniffer.matchesExtension(.jpeg, fileName: "FOTO.JPEG"))
        XCTAssertTrue(EvidenceFileSniffer.matchesExtension(.pdf, fileName: "Notulen Rapat (final).Pdf"))
        XCTAssertTrue(EvidenceFileSniffer.matchesExtension(.xlsx, fileName: "rekap.v2.xlsx"))
        XCTAssertFalse(EvidenceFileSniffer.matchesExtension(.png, fileName: "foto.jpg"))
        XCTAssertFalse(EvidenceFileSniffer.matchesExtension(.pdf, fileName: "pdf"))
        XCTAssertFalse(EvidenceFileSniffer.matchesExtension(.pdf, fileName: ".pdf"))
        XCTAssertFalse(EvidenceFileSniffer.matchesExtension(.pdf, fileName: "laporan.pdf.exe"))
        XCTAssertFalse(EvidenceFileSniffer.matchesExtension(.docx, fileName: "laporan.doc"))
    }

    func testThrowsForAMissingFile() throws {
        let missing = try makeTemporaryDirectory().appendingPathComponent("tidak-ada.pdf")
        XCTAssertThrowsError(try EvidenceFileSniffer.detect(fileAt: missing))
    }
}
