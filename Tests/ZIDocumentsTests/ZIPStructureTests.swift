import Foundation
import XCTest
import ZIPFoundation
@testable import ZIDocuments

/// The check of a ZIP archive's directory made before ZIPFoundation may read untrusted bytes.
final class ZIPStructureTests: XCTestCase {
    private let content = Data("<w:document/>".utf8)

    /// Checks `data` both in memory and as a file.
    private func check(_ data: Data, maxEntries: Int = 10_000) throws {
        try ZIPStructure.check(data, maxEntries: maxEntries)
        try ZIPStructure.check(fileAt: writeFile(data, named: "arsip.zip", in: makeTemporaryDirectory()), maxEntries: maxEntries)
    }

    private func assertRefused(
        _ data: Data, maxEntries: Int = 10_000, _ expected: ZIPStructureError,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertThrowsError(try ZIPStructure.check(data, maxEntries: maxEntries), file: file, line: line) {
            XCTAssertEqual($0 as? ZIPStructureError, expected, "in memory", file: file, line: line)
        }
        let url = try writeFile(data, named: "arsip.zip", in: makeTemporaryDirectory())
        XCTAssertThrowsError(try ZIPStructure.check(fileAt: url, maxEntries: maxEntries), file: file, line: line) {
            XCTAssertEqual($0 as? ZIPStructureError, expected, "as a file", file: file, line: line)
        }
    }

    // MARK: - Archives that pass

    func testAcceptsArchivesAsWritersProduceThem() throws {
        let empty = try XCTUnwrap(try Archive(accessMode: .create).data)
        let valid: [(String, Data)] = [
            (
                "ZIPFoundation, deflated",
                try DocumentsFixtures.zip([("[Content_Types].xml", DocumentsFixtures.contentTypes), ("a/b.xml", "<b/>")])
            ),
            ("XLSXWriter", try EvidenceFixtures.xlsx()),
            ("stored, written by hand", EvidenceFixtures.storedZip(paths: ["a.txt", "b/c.txt"])),
            ("no entries", empty),
            ("ZIP64 end record", CraftedZIP.archive([.init(path: "a.xml", content: content)], end: .init(zip64: true))),
            (
                "offset in a ZIP64 extra field",
                CraftedZIP.archive([
                    .init(path: "a.xml", content: content),
                    .init(
                        path: "b.xml", content: content, listedOffset: CraftedZIP.deferred, zip64Values: [UInt64(30 + 5 + content.count)]),
                ])
            ),
        ]
        for (writer, data) in valid {
            XCTAssertNoThrow(try check(data), writer)
        }
    }

    // MARK: - Entries

    func testRefusesEntriesOutsideTheArchive() throws {
        let beyondInt64 = CraftedZIP.archive([
            .init(path: "a.xml", content: content, listedOffset: CraftedZIP.deferred, zip64Values: [1 << 63])
        ])
        try assertRefused(beyondInt64, .entryOutsideArchive(index: 0))
        let pastTheEnd = CraftedZIP.archive([
            .init(path: "a.xml", content: content), .init(path: "b.xml", content: content, listedOffset: 10_000),
        ])
        try assertRefused(pastTheEnd, .entryOutsideArchive(index: 1))
    }

    func testRefusesSizesNoCompressionGives() throws {
        let claimingAll = CraftedZIP.archive([
            .init(path: "a.xml", content: content),
            .init(path: "b.xml", content: content, listedSize: CraftedZIP.deferred, zip64Values: [.max]),
        ])
        try assertRefused(claimingAll, .implausibleSize(index: 1))
        // A data descriptor makes ZIPFoundation add offset and size: this sum overflows.
        let overflowingDescriptor = CraftedZIP.archive([
            .init(
                path: "a.xml", content: content, flags: CraftedZIP.dataDescriptorFlag,
                listedSize: CraftedZIP.deferred, zip64Values: [UInt64.max - 0xFF])
        ])
        try assertRefused(overflowingDescriptor, .implausibleSize(index: 0))
        let fourGigabytes = CraftedZIP.archive([.init(path: "a.xml", content: content, listedSize: UInt32.max - 1)])
        XCTAssertNoThrow(try check(fourGigabytes), "a 32-bit size overflows nothing; the readers limit what they unpack")
    }

    // MARK: - The directory

    func testRefusesADirectoryOutsideTheArchive() throws {
        let entries = [CraftedZIP.Entry(path: "a.xml", content: content)]
        try assertRefused(CraftedZIP.archive(entries, end: .init(directoryOffset: 0x7FFF_FFFF)), .directoryOutsideArchive)
        try assertRefused(CraftedZIP.archive(entries, end: .init(directoryOffset: 1 << 63, zip64: true)), .directoryOutsideArchive)
        try assertRefused(CraftedZIP.archive(entries, end: .init(directoryOffset: .max, zip64: true)), .directoryOutsideArchive)
    }

    func testRefusesMoreEntriesThanAllowed() throws {
        let entries = [CraftedZIP.Entry(path: "a.xml", content: content), CraftedZIP.Entry(path: "b.xml", content: content)]
        try assertRefused(CraftedZIP.archive(entries), maxEntries: 1, .tooManyEntries(limit: 1))
        try assertRefused(CraftedZIP.archive(entries, end: .init(entryCount: 0xFFFF)), .tooManyEntries(limit: 10_000))
        try assertRefused(CraftedZIP.archive(entries, end: .init(entryCount: 1 << 40, zip64: true)), .tooManyEntries(limit: 10_000))
    }

    func testRefusesCutOffAndMissingRecords() throws {
        let entries = [CraftedZIP.Entry(path: "a.xml", content: content)]
        try assertRefused(CraftedZIP.archive(entries, end: .init(entryCount: 2)), .truncated("central directory header"))
        try assertRefused(Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0x41, count: 64), .noEndRecord)
        try assertRefused(Data(), .noEndRecord)
        let buried = CraftedZIP.archive(entries) + Data(repeating: 0, count: ZIPEndRecord.maxTailLength)
        try assertRefused(buried, .noEndRecord)
    }
}
