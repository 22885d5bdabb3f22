import Foundation

/// ZIP archives written byte by byte, so that a test can make their directory lie as no ZIP
/// library would: offsets and sizes beyond the file, ZIP64 values, data descriptors.
///
/// Entries are stored (not compressed) and every header needs version 4.5, so ZIPFoundation
/// reads a data descriptor as a ZIP64 one.
enum CraftedZIP {
    /// One stored entry, and what the central directory says about it.
    struct Entry {
        var path: String
        var content = Data()
        /// General-purpose flags; bit 3 (``dataDescriptorFlag``) says a data descriptor follows.
        var flags: UInt16 = 0
        /// Bytes written right after the content, such as a data descriptor.
        var trailer = Data()
        /// The central directory's uncompressed size; the true size when `nil`.
        var listedSize: UInt32?
        /// The central directory's local-header offset; the true offset when `nil`.
        var listedOffset: UInt32?
        /// The values of a ZIP64 extra field in the central directory header, for the fields
        /// set to `0xFFFFFFFF` (uncompressed size, compressed size, offset, in that order).
        var zip64Values: [UInt64] = []
    }

    /// What the end of the archive says about the central directory.
    struct End {
        /// The number of entries listed; the true number when `nil`.
        var entryCount: UInt64?
        /// The offset of the central directory; the true offset when `nil`.
        var directoryOffset: UInt64?
        /// Whether a ZIP64 end record and locator carry the count and offset, as in an archive
        /// beyond 4 GB, with the end record's own fields set to `0xFFFF…`.
        var zip64 = false
    }

    static let dataDescriptorFlag: UInt16 = 1 << 3
    /// The marker of a 32-bit field whose value is in the ZIP64 extra field.
    static let deferred = UInt32.max

    /// The archive of `entries`, ending as `end` says.
    static func archive(_ entries: [Entry], end: End = End()) -> Data {
        var archive = Data()
        var directory = Data()
        for entry in entries {
            let offset = UInt32(archive.count)
            let name = Data(entry.path.utf8)
            let checksum = CRC32.of(entry.content)
            let size = UInt32(entry.content.count)
            archive.appendLittleEndian(
                UInt32(0x0403_4B50), UInt16(45), entry.flags, UInt16(0), UInt16(0), UInt16(0x21),
                checksum, size, size, UInt16(name.count), UInt16(0))
            archive += name + entry.content + entry.trailer

            var extraField = Data()
            if !entry.zip64Values.isEmpty {
                extraField.appendLittleEndian(UInt16(1), UInt16(8 * entry.zip64Values.count))
                entry.zip64Values.forEach { extraField.appendLittleEndian($0) }
            }
            directory.appendLittleEndian(
                UInt32(0x0201_4B50), UInt16(45), UInt16(45), entry.flags, UInt16(0), UInt16(0),
                UInt16(0x21), checksum, size, entry.listedSize ?? size, UInt16(name.count),
                UInt16(extraField.count), UInt16(0), UInt16(0), UInt16(0), UInt32(0),
                entry.listedOffset ?? offset)
            directory += name + extraField
        }
        let directoryOffset = UInt64(archive.count)
        archive += directory
        let count = end.entryCount ?? UInt64(entries.count)
        let offset = end.directoryOffset ?? directoryOffset
        if end.zip64 {
            let recordOffset = UInt64(archive.count)
            archive.appendLittleEndian(
                UInt32(0x0606_4B50), UInt64(44), UInt16(45), UInt16(45), UInt32(0), UInt32(0),
                count, count, UInt64(directory.count), offset)
            archive.appendLittleEndian(UInt32(0x0706_4B50), UInt32(0), recordOffset, UInt32(1))
            archive.appendLittleEndian(UInt32(0x0605_4B50), UInt16(0), UInt16(0), UInt16.max, UInt16.max, UInt32.max, UInt32.max, UInt16(0))
        } else {
            archive.appendLittleEndian(
                UInt32(0x0605_4B50), UInt16(0), UInt16(0), UInt16(count), UInt16(count),
                UInt32(directory.count), UInt32(offset), UInt16(0))
        }
        return archive
    }

    /// A ZIP64 data descriptor for `content` that claims `size` as its uncompressed size.
    static func zip64DataDescriptor(for content: Data, claimingSize size: UInt64) -> Data {
        var descriptor = Data()
        descriptor.appendLittleEndian(UInt32(0x0807_4B50), CRC32.of(content), UInt64(content.count), size)
        return descriptor
    }
}

/// The CRC-32 of ZIP entries.
private enum CRC32 {
    static func of(_ data: Data) -> UInt32 {
        ~data.reduce(UInt32.max) { crc, byte in
            (0..<8).reduce(crc ^ UInt32(byte)) { value, _ in value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        }
    }
}

private extension Data {
    /// Appends each value in little-endian byte order.
    mutating func appendLittleEndian(_ values: any FixedWidthInteger...) {
        for value in values { appendBytes(of: value) }
    }

    private mutating func appendBytes<T: FixedWidthInteger>(of value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
