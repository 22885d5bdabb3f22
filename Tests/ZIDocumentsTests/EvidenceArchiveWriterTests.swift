import Foundation
import XCTest
import ZIPFoundation
@testable import ZIDocuments

final class EvidenceArchiveWriterTests: XCTestCase {
    private var directory: URL!
    private var sources: [String: URL] = [:]
    private var plan: EvidenceExportPlan!
    private let index = Data("<!DOCTYPE html><title>Indeks</title>".utf8)

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory()
        let pdf = EvidenceFixtures.pdf + Data(String(repeating: "Notulen rapat tim kerja Zona Integritas. ", count: 50_000).utf8)
        let video = try writeLargeFile(header: EvidenceFixtures.mp4(), size: 3 * 1_048_576 + 12_345, named: "video.bin")
        let files: [(String, Data?, EvidenceFileType, String, String)] = [
            ("pdf", pdf, .pdf, "Notulen Rapat Monev – Triwulan I (final).pdf", "A.I.1.i.a"),
            ("jpeg", EvidenceFixtures.jpeg, .jpeg, "Foto Kegiatan.jpg", "A.I.1.i.a"),
            ("jpeg2", EvidenceFixtures.jpeg + Data([0]), .jpeg, "Foto Kegiatan.jpg", "A.I.1.i.a"),
            ("xlsx", try EvidenceFixtures.xlsx(), .xlsx, "Daftar Hadir.xlsx", "A.I.1.i.b"),
            ("mp4", nil, .mp4, "Video Sosialisasi.mp4", "A.I.1.i.b"),
        ]
        var items: [EvidenceExportPlan.Item] = []
        for (id, data, type, name, question) in files {
            let url = try data.map { try writeFile($0, named: id, in: directory) } ?? video
            sources[id] = url
            let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber).int64Value
            items.append(EvidenceExportPlanTests.item(name, question: question, label: question, type: type, contentID: id, size: size))
        }
        plan = EvidenceExportPlan(items: items)
    }

    /// A file of `size` bytes starting with `header`, the rest pseudo-random, written in chunks.
    private func writeLargeFile(header: Data, size: Int, named name: String) throws -> URL {
        let url = try writeFile(header, named: name, in: directory)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var remaining = size - header.count
        while remaining > 0 {
            let count = min(remaining, 65_536)
            let chunk = (0..<count).map { _ -> UInt8 in
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                return UInt8(truncatingIfNeeded: state)
            }
            try handle.write(contentsOf: chunk)
            remaining -= count
        }
        return url
    }

    private func write(_ plan: EvidenceExportPlan, named name: String = "ekspor.zip") throws -> URL {
        let destination = directory.appendingPathComponent(name)
        try EvidenceArchiveWriter.write(plan, index: index, indexName: "index.html", to: destination) { item in
            try XCTUnwrap(self.sources[item.contentID])
        }
        return destination
    }

    private func content(of entry: Entry, in archive: Archive) throws -> Data {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    func testArchiveHoldsTheIndexFirstThenEveryFile() throws {
        let archive = try Archive(url: write(plan), accessMode: .read)
        let entries = Array(archive)
        XCTAssertEqual(entries.map(\.path), ["index.html"] + plan.entries.map(\.path))
        XCTAssertEqual(try content(of: entries[0], in: archive), index)
        for (entry, planned) in zip(entries.dropFirst(), plan.entries) {
            let expected = try Data(contentsOf: try XCTUnwrap(sources[planned.item.contentID]))
            XCTAssertEqual(try content(of: entry, in: archive), expected, planned.path)
        }
        XCTAssertTrue(plan.entries.contains { $0.path.hasSuffix("/Foto Kegiatan (2).jpg") })
        XCTAssertTrue(entries.contains { $0.uncompressedSize > 3 * 1_048_576 })
    }

    func testOnlyPDFAndTheIndexAreDeflated() throws {
        let archive = try Archive(url: write(plan), accessMode: .read)
        for entry in archive {
            let isDeflated = entry.path == "index.html" || entry.path.hasSuffix(".pdf")
            XCTAssertEqual(entry.isCompressed, isDeflated, entry.path)
            if entry.path.hasSuffix(".pdf") { XCTAssertLessThan(entry.compressedSize, entry.uncompressedSize / 10) }
        }
    }

    func testOutputIsDeterministicWithAFixedDate() throws {
        let first = try write(plan, named: "satu.zip")
        let second = try write(EvidenceExportPlan(items: plan.entries.map(\.item).reversed()), named: "dua.zip")
        XCTAssertEqual(try Data(contentsOf: first), try Data(contentsOf: second))
        for entry in try Archive(url: first, accessMode: .read) {
            XCTAssertEqual(entry.fileAttributes[.modificationDate] as? Date, OOXMLPackage.entryDate, entry.path)
        }
    }

    func testEmptyPlanGivesTheIndexAlone() throws {
        let archive = try Archive(url: write(EvidenceExportPlan(items: [])), accessMode: .read)
        XCTAssertEqual(Array(archive).map(\.path), ["index.html"])
    }

    func testIndexNameIsMadeSafe() throws {
        let destination = directory.appendingPathComponent("aman.zip")
        try EvidenceArchiveWriter.write(EvidenceExportPlan(items: []), index: index, indexName: "../index.html", to: destination) { _ in
            XCTFail("no entries")
            return self.directory
        }
        XCTAssertEqual(Array(try Archive(url: destination, accessMode: .read)).map(\.path), ["_index.html"])
    }

    func testSizeMismatchFailsAndLeavesNoArchive() throws {
        var items = plan.entries.map(\.item)
        items[0].size += 1
        let broken = EvidenceExportPlan(items: items)
        let destination = directory.appendingPathComponent("rusak.zip")
        XCTAssertThrowsError(try write(broken, named: "rusak.zip")) { error in
            XCTAssertEqual(
                error as? EvidenceArchiveError,
                .sizeMismatch(
                    path: broken.entries[0].path, expected: broken.entries[0].item.size, actual: broken.entries[0].item.size - 1
                ))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.path))
    }

    func testMissingSourceFailsAndLeavesNoArchive() throws {
        sources["xlsx"] = directory.appendingPathComponent("hilang.xlsx")
        XCTAssertThrowsError(try write(plan)) { error in
            guard case .unreadableSource(let path, _) = error as? EvidenceArchiveError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("/Daftar Hadir.xlsx"), path)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("ekspor.zip").path))
    }

    func testErrorOfTheContentsLookupIsPassedOn() throws {
        struct StorageOffline: Error {}
        let destination = directory.appendingPathComponent("gagal.zip")
        XCTAssertThrowsError(
            try EvidenceArchiveWriter.write(plan, index: index, indexName: "index.html", to: destination) { _ in
                throw StorageOffline()
            }
        ) { XCTAssertTrue($0 is StorageOffline) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.path))
    }

    func testExistingFileIsNeitherOverwrittenNorRemoved() throws {
        let existing = try writeFile(Data("arsip lama".utf8), named: "ekspor.zip", in: directory)
        XCTAssertThrowsError(try write(plan)) { error in
            guard case .archiveFailed = error as? EvidenceArchiveError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Data(contentsOf: existing), Data("arsip lama".utf8))
    }
}
