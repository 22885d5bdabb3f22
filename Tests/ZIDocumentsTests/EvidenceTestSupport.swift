import Foundation
import XCTest
import ZIPFoundation
@testable import ZIDocuments

/// Minimal real files of every evidence type and of look-alikes, as bytes.
enum EvidenceFixtures {
    static let pdf = Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array("IHDR".utf8))
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0xFF, 0xD9])
    static let executable = Data([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF])
    static let html = Data("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".utf8)
    static let svg = Data(#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
    static let gif = Data("GIF89a\u{1}\0\u{1}\0".utf8)

    /// An MP4 file: an `ftyp` box with `brand` as major brand, then an empty `mdat` box.
    static func mp4(brand: String = "isom") -> Data {
        let box =
            Data([0x00, 0x00, 0x00, 0x18]) + Data("ftyp\(brand)".utf8) + Data([0x00, 0x00, 0x02, 0x00])
            + Data("isommp41".utf8)
        return box + Data([0x00, 0x00, 0x00, 0x08]) + Data("mdat".utf8)
    }

    /// An Office Open XML package with `mainPart` (and, if asked, further parts).
    static func office(mainParts: [String], contentTypes: Bool = true) throws -> Data {
        let parts =
            (contentTypes ? [("[Content_Types].xml", DocumentsFixtures.contentTypes)] : [])
            + mainParts.map { ($0, "<root/>") }
        return try DocumentsFixtures.zip(parts)
    }

    static func docx() throws -> Data { try office(mainParts: ["word/document.xml"]) }
    static func pptx() throws -> Data { try office(mainParts: ["ppt/presentation.xml"]) }
    static func xlsx() throws -> Data { try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "Data")])) }

    /// An OpenDocument package whose first entry `mimetype` holds `mimetype`.
    static func openDocument(mimetype: String, content: Bool = true) throws -> Data {
        try DocumentsFixtures.zip(
            [("mimetype", mimetype), ("META-INF/manifest.xml", "<manifest/>")] + (content ? [("content.xml", "<content/>")] : [])
        )
    }

    /// The content of a file of every allowed type.
    static func file(of type: EvidenceFileType) throws -> Data {
        switch type {
        case .pdf: pdf
        case .docx: try docx()
        case .xlsx: try xlsx()
        case .pptx: try pptx()
        case .odt: try openDocument(mimetype: EvidenceFileType.odt.mediaType)
        case .ods: try openDocument(mimetype: EvidenceFileType.ods.mediaType)
        case .jpeg: jpeg
        case .png: png
        case .mp4: mp4()
        }
    }

    /// A ZIP archive of empty stored files at `paths`, written byte by byte (ZIPFoundation
    /// rewrites its central directory on every entry, too slow for thousands).
    static func storedZip(paths: [String]) -> Data {
        var local = Data()
        var central = Data()
        for path in paths {
            let name = Data(path.utf8)
            let nameLength = UInt32(name.count)
            let offset = UInt32(local.count)
            // Signature, versions, flags, method, time, date, CRC, sizes, name and extra lengths.
            local += record([(0x0403_4B50, 4), (20, 2), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4), (0, 4), (0, 4), (nameLength, 2), (0, 2)])
            local += name
            // … then comment length, disk, attributes and the local header's offset.
            central += record([(0x0201_4B50, 4), (20, 2), (20, 2), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4), (0, 4), (0, 4)])
            central += record([(nameLength, 2), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4), (offset, 4)])
            central += name
        }
        let count = UInt32(paths.count)
        let end = record([
            (0x0605_4B50, 4), (0, 2), (0, 2), (count, 2), (count, 2), (UInt32(central.count), 4), (UInt32(local.count), 4), (0, 2),
        ])
        return local + central + end
    }

    /// Little-endian fields of the given byte widths.
    private static func record(_ fields: [(value: UInt32, width: Int)]) -> Data {
        Data(fields.flatMap { field in (0..<field.width).map { UInt8(truncatingIfNeeded: field.value >> (8 * $0)) } })
    }
}

extension XCTestCase {
    /// A new empty directory, removed when the test ends.
    func makeTemporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-evidence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    /// `data` written to a file `name` in `directory`.
    func writeFile(_ data: Data, named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}
