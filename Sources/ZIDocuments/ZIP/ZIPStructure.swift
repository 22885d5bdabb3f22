import Foundation

/// A check of a ZIP archive's directory, made before ZIPFoundation opens untrusted bytes.
///
/// ZIPFoundation 0.9.20 trusts the offsets and sizes of the central directory: an offset
/// beyond `Int64.max` or a size that overflows when added to one stops the process. This check
/// reads the end record (and the ZIP64 record, as ZIPFoundation picks it) and every central
/// directory header with checked arithmetic, and refuses an archive unless
///
/// - the central directory lies between the start of the archive and its end record, is no
///   longer than ``maxDirectoryLength`` and holds every header it lists, none cut off;
/// - it lists at most the allowed number of entries;
/// - each entry's local header and compressed data lie inside the archive;
/// - no entry claims to unpack to more than 4 GB (what the 32-bit size field holds) unless
///   deflate could make that much of its compressed size (``maxExpansion``).
///
/// Only the end of a file and its central directory are read, never the whole file.
enum ZIPStructure {
    /// The longest central directory read; 10,000 entries with names of 700 bytes fit.
    static let maxDirectoryLength = 8 * 1_048_576
    /// The most deflate can expand its input: a 258-byte match from two bits. Stored entries
    /// do not expand at all, and ZIPFoundation reads no other compression.
    static let maxExpansion: UInt64 = 1032
    /// The length of a local file header without its name and extra field.
    private static let localHeaderLength: UInt64 = 30

    /// Checks the archive in `data`.
    static func check(_ data: Data, maxEntries: Int) throws(ZIPStructureError) {
        try check(archiveLength: UInt64(data.count), maxEntries: maxEntries) { offset, count in
            let start = data.startIndex + Int(offset)
            return data.subdata(in: start..<(start + count))
        }
    }

    /// Checks the archive in the file at `url`, reading only its end and its central directory.
    static func check(fileAt url: URL, maxEntries: Int) throws(ZIPStructureError) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw .unreadable }
        defer { try? handle.close() }
        guard let archiveLength = try? handle.seekToEnd() else { throw .unreadable }
        try check(archiveLength: archiveLength, maxEntries: maxEntries) { offset, count in
            guard count > 0 else { return Data() }
            do {
                try handle.seek(toOffset: offset)
                return try handle.read(upToCount: count)
            } catch {
                return nil
            }
        }
    }

    /// Checks an archive of `archiveLength` bytes; `read(offset, count)` gives bytes that lie
    /// within it, or `nil` if they cannot be read.
    private static func check(archiveLength: UInt64, maxEntries: Int, read: (UInt64, Int) -> Data?) throws(ZIPStructureError) {
        let tailLength = Int(min(archiveLength, UInt64(ZIPEndRecord.maxTailLength)))
        let tail = try bytes(read(archiveLength - UInt64(tailLength), tailLength), length: tailLength)
        let end = try ZIPEndRecord(tail: tail, archiveLength: archiveLength)
        guard end.entryCount <= UInt64(maxEntries) else { throw .tooManyEntries(limit: maxEntries) }
        guard end.directoryLength <= UInt64(maxDirectoryLength) else { throw .directoryTooLong(limitBytes: maxDirectoryLength) }
        guard let directoryEnd = sum(end.directoryOffset, end.directoryLength), directoryEnd <= end.directoryLimit else {
            throw .directoryOutsideArchive
        }
        let directoryLength = Int(end.directoryLength)
        let directory = try bytes(read(end.directoryOffset, directoryLength), length: directoryLength)
        var position = 0
        for index in 0..<Int(end.entryCount) {
            let entry = try ZIPDirectoryEntry(in: directory, at: position)
            try check(entry, index: index, archiveLength: archiveLength)
            position += entry.length
        }
    }

    /// Refuses `entry` if its local header or data lie outside the archive or it claims an
    /// uncompressed size beyond 4 GB that its compressed size cannot give. (A size the 32-bit
    /// field holds overflows nothing; ZIPFoundation itself reads a ZIP64 size of 0 as 4 GB.)
    private static func check(_ entry: ZIPDirectoryEntry, index: Int, archiveLength: UInt64) throws(ZIPStructureError) {
        guard let dataEnd = sum(entry.localHeaderOffset, localHeaderLength, entry.compressedSize), dataEnd <= archiveLength else {
            throw .entryOutsideArchive(index: index)
        }
        let (mostUnpacked, overflow) = entry.compressedSize.multipliedReportingOverflow(by: maxExpansion)
        guard entry.uncompressedSize <= UInt64(UInt32.max) || (!overflow && entry.uncompressedSize <= mostUnpacked) else {
            throw .implausibleSize(index: index)
        }
    }

    /// `data` as bytes to read, if all `length` bytes were read.
    private static func bytes(_ data: Data?, length: Int) throws(ZIPStructureError) -> LittleEndianBytes {
        guard let data, data.count == length else { throw .unreadable }
        return LittleEndianBytes(data)
    }

    /// The sum of `terms`, or `nil` if it overflows.
    private static func sum(_ terms: UInt64...) -> UInt64? {
        var total: UInt64 = 0
        for term in terms {
            let (next, overflow) = total.addingReportingOverflow(term)
            guard !overflow else { return nil }
            total = next
        }
        return total
    }
}
