import Foundation
import XCTest
@testable import ZIDocuments

final class EvidenceFileTypeTests: XCTestCase {
    func testMediaTypesAndExtensions() {
        XCTAssertEqual(EvidenceFileType.pdf.mediaType, "application/pdf")
        XCTAssertEqual(EvidenceFileType.docx.mediaType, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        XCTAssertEqual(EvidenceFileType.xlsx.mediaType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        XCTAssertEqual(EvidenceFileType.pptx.mediaType, "application/vnd.openxmlformats-officedocument.presentationml.presentation")
        XCTAssertEqual(EvidenceFileType.odt.mediaType, "application/vnd.oasis.opendocument.text")
        XCTAssertEqual(EvidenceFileType.ods.mediaType, "application/vnd.oasis.opendocument.spreadsheet")
        XCTAssertEqual(EvidenceFileType.jpeg.mediaType, "image/jpeg")
        XCTAssertEqual(EvidenceFileType.png.mediaType, "image/png")
        XCTAssertEqual(EvidenceFileType.mp4.mediaType, "video/mp4")
        XCTAssertEqual(EvidenceFileType.allCases.map(\.fileExtension), ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "jpg", "png", "mp4"])
    }

    func testLabelsArePresentAndDistinct() {
        let labels = EvidenceFileType.allCases.map(\.label)
        XCTAssertEqual(Set(labels).count, labels.count)
        XCTAssertEqual(EvidenceFileType.docx.label, "Dokumen Word (DOCX)")
        XCTAssertEqual(EvidenceFileType.pdf.label, "PDF")
    }

    func testOnlyPDFAndImagesArePreviewedInline() {
        XCTAssertEqual(EvidenceFileType.allCases.filter(\.isPreviewableInline), [.pdf, .jpeg, .png])
    }

    func testOnlyPDFIsDeflatedInTheArchive() {
        XCTAssertEqual(EvidenceFileType.allCases.filter { !$0.isCompressed }, [.pdf])
    }

    func testCodesAsItsRawValue() throws {
        let data = try JSONEncoder().encode([EvidenceFileType.jpeg, .docx])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["jpeg","docx"]"#)
        XCTAssertEqual(try JSONDecoder().decode([EvidenceFileType].self, from: data), [.jpeg, .docx])
    }
}
