import Foundation
import XCTest
@testable import ZICore

/// Chunked attachment encryption: round trips, and every way of damaging the stream.
final class WBSAttachmentTests: XCTestCase {
    private let reportKey = ReportKey.generate()
    private let chunk = 64 * 1024
    private let header = 40
    private let sealedChunk = 64 * 1024 + 16

    /// `count` bytes with a recognisable, non-repeating pattern.
    private func plaintext(_ count: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<count).map { _ in generator.next() as UInt8 })
    }

    /// `data` fed to `stage` in pieces of `pieceSize` bytes.
    private func run(_ stage: inout some AttachmentStreamStage, _ data: Data, pieceSize: Int) throws -> Data {
        var output = Data()
        for start in stride(from: 0, to: data.count, by: pieceSize) {
            output += try stage.update(data[start..<min(start + pieceSize, data.count)])
        }
        return output + (try stage.finish())
    }

    private func seal(_ data: Data, pieceSize: Int = 10_000) throws -> Data {
        var sealer = AttachmentSealer(reportKey: reportKey)
        return try run(&sealer, data, pieceSize: pieceSize)
    }

    private func open(_ sealed: Data, with key: ReportKey? = nil, pieceSize: Int = 7_777) throws -> Data {
        var opener = AttachmentOpener(reportKey: key ?? reportKey)
        return try run(&opener, sealed, pieceSize: pieceSize)
    }

    func testRoundTripsAtEverySizeAndPiecing() throws {
        for size in [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk, 3 * chunk + 123] {
            let data = plaintext(size)
            for (sealPiece, openPiece) in [(1_000, 65_552), (size + 1, 1), (chunk, 13_107)] where size < 200_000 || sealPiece > 1 {
                let sealed = try seal(data, pieceSize: sealPiece)
                let chunks = max(1, (size + chunk - 1) / chunk)
                XCTAssertEqual(sealed.count, header + size + 16 * chunks, "size \(size)")
                XCTAssertEqual(try open(sealed, pieceSize: openPiece), data, "size \(size), pieces \(sealPiece)/\(openPiece)")
            }
        }
    }

    func testOutputIsReleasedChunkByChunk() throws {
        var sealer = AttachmentSealer(reportKey: reportKey)
        XCTAssertEqual(try sealer.update(plaintext(chunk)).count, header, "a full chunk waits until more data shows it is not the last")
        XCTAssertEqual(try sealer.update(plaintext(1)).count, sealedChunk)
        XCTAssertEqual(try sealer.finish().count, 1 + 16)
    }

    func testFileHandlesRoundTripAMultiMegabyteFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wbs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = plaintext(3 * 1024 * 1024 + 5)
        let paths = ["plain", "sealed", "opened"].map { directory.appendingPathComponent($0) }
        try data.write(to: paths[0])

        func transform(_ stage: inout some AttachmentStreamStage, from: URL, to: URL) throws {
            XCTAssertTrue(FileManager.default.createFile(atPath: to.path, contents: nil))
            let source = try FileHandle(forReadingFrom: from)
            let destination = try FileHandle(forWritingTo: to)
            defer {
                try? source.close()
                try? destination.close()
            }
            try stage.process(from: source, to: destination)
        }
        var sealer = AttachmentSealer(reportKey: reportKey)
        try transform(&sealer, from: paths[0], to: paths[1])
        var opener = AttachmentOpener(reportKey: reportKey)
        try transform(&opener, from: paths[1], to: paths[2])
        XCTAssertEqual(try Data(contentsOf: paths[2]), data)
        XCTAssertEqual(try Data(contentsOf: paths[1]).count, header + data.count + 16 * 49)
    }

    func testAsyncSequenceRoundTrip() async throws {
        let data = plaintext(2 * chunk + 999)
        let pieces = stride(from: 0, to: data.count, by: 4_096).map { Data(data[$0..<min($0 + 4_096, data.count)]) }
        var sealed = Data()
        var sealer = AttachmentSealer(reportKey: reportKey)
        try await sealer.process(
            AsyncStream { continuation in
                pieces.forEach { continuation.yield($0) }
                continuation.finish()
            }
        ) { sealed += $0 }

        var opened = Data()
        var opener = AttachmentOpener(reportKey: reportKey)
        try await opener.process(
            AsyncStream { continuation in
                continuation.yield(sealed)
                continuation.finish()
            }
        ) { opened += $0 }
        XCTAssertEqual(opened, data)
    }

    func testTruncatedStreamFails() throws {
        let sealed = try seal(plaintext(3 * chunk + 10))
        assertThrows(.damagedAttachment, try open(sealed.prefix(header + 3 * sealedChunk)), "cut at a chunk boundary")
        assertThrows(.damagedAttachment, try open(sealed.prefix(header + sealedChunk)), "only the first chunk")
        assertThrows(.damagedAttachment, try open(sealed.dropLast()), "last byte missing")
        assertThrows(.damagedAttachment, try open(sealed.prefix(header)), "header only")
        assertThrows(.damagedAttachment, try open(sealed.prefix(header - 1)), "part of the header")
        assertThrows(.damagedAttachment, try open(Data()), "nothing at all")
        let exact = try seal(plaintext(2 * chunk))
        assertThrows(
            .damagedAttachment, try open(exact.prefix(header + sealedChunk)),
            "a file of whole chunks cut after a whole chunk")
    }

    func testReorderedOrExtendedStreamFails() throws {
        let sealed = try seal(plaintext(3 * chunk + 10))
        let head = Data(sealed.prefix(header))
        let chunks = (0..<4).map { Data(sealed.dropFirst(header + $0 * sealedChunk).prefix(sealedChunk)) }
        func stream(_ order: [Int]) -> Data { order.reduce(head) { $0 + chunks[$1] } }
        XCTAssertEqual(try open(stream([0, 1, 2, 3])).count, 3 * chunk + 10, "the pieces put back in order open")
        assertThrows(.damagedAttachment, try open(stream([1, 0, 2, 3])), "swapped")
        assertThrows(.damagedAttachment, try open(stream([0, 0, 1, 2, 3])), "repeated")
        assertThrows(.damagedAttachment, try open(stream([0, 2, 3])), "chunk removed")
        assertThrows(.damagedAttachment, try open(sealed + Data([0])), "byte appended")
        assertThrows(.damagedAttachment, try open(sealed + sealed.suffix(17)), "final chunk repeated")
        let other = try seal(plaintext(3 * chunk + 10))
        assertThrows(
            .damagedAttachment, try open(stream([0]) + other.dropFirst(header + sealedChunk)),
            "spliced with another attachment of the same report")
    }

    func testAnyChangedByteFails() throws {
        let small = try seal(plaintext(100))
        for index in 0..<small.count {
            assertThrows(.damagedAttachment, try open(WBSFixtures.flipping(small, at: index)), "byte \(index)")
        }
        let large = try seal(plaintext(2 * chunk + 5))
        for index in [header, header + 1_000, header + sealedChunk - 1, header + sealedChunk + 17, large.count - 1] {
            assertThrows(.damagedAttachment, try open(WBSFixtures.flipping(large, at: index)), "byte \(index)")
        }
    }

    func testAnotherReportsKeyCannotOpen() throws {
        assertThrows(.damagedAttachment, try open(seal(plaintext(500)), with: ReportKey.generate()))
    }

    func testCiphertextDiffersEachTimeAndHidesThePlaintext() throws {
        let marker = Data("BUKTI-TRANSFER-REKENING-0123456789".utf8)
        let data = Data(repeating: 0x41, count: 2 * chunk) + marker + Data(repeating: 0x41, count: 10)
        let first = try seal(data)
        let second = try seal(data)
        XCTAssertNotEqual(first, second)
        XCTAssertNotEqual(
            first.dropFirst(header).prefix(64), second.dropFirst(header).prefix(64),
            "each attachment has its own file key")
        assertNotContained(marker, in: first, "plaintext marker")
        assertNotContained(Data(repeating: 0x41, count: 32), in: first, "plaintext run")
        assertNotContained(reportKey.key.data, in: first, "report key")
    }
}
