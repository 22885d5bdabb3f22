/// One header of a ZIP archive's central directory, with the sizes and local-header offset
/// ZIPFoundation will use: the ZIP64 extra field's value wherever the header defers to it with
/// `0xFFFFFFFF`, the header's own value otherwise.
struct ZIPDirectoryEntry {
    /// The length of a central directory header without its name, extra field and comment.
    static let fixedLength = 46

    private static let signature: UInt32 = 0x0201_4B50
    private static let zip64ExtraFieldID: UInt16 = 0x0001
    private static let deferred32 = UInt32.max
    private static let deferred16 = UInt16.max

    /// The length of the entry's data in the archive.
    let compressedSize: UInt64
    /// The length of the entry's content once unpacked, as the header claims it.
    let uncompressedSize: UInt64
    /// The offset of the entry's local header in the archive.
    let localHeaderOffset: UInt64
    /// The length of the whole header: fixed part, name, extra field and comment.
    let length: Int

    /// The header at `offset` in `directory`; throws if it is cut off or lacks its signature.
    init(in directory: LittleEndianBytes, at offset: Int) throws(ZIPStructureError) {
        guard directory.value(UInt32.self, at: offset) == Self.signature,
            let compressedSize = directory.value(UInt32.self, at: offset + 20),
            let uncompressedSize = directory.value(UInt32.self, at: offset + 24),
            let nameLength = directory.value(UInt16.self, at: offset + 28),
            let extraLength = directory.value(UInt16.self, at: offset + 30),
            let commentLength = directory.value(UInt16.self, at: offset + 32),
            let diskNumber = directory.value(UInt16.self, at: offset + 34),
            let localHeaderOffset = directory.value(UInt32.self, at: offset + 42),
            let extraField = directory.bytes(at: offset + Self.fixedLength + Int(nameLength), length: Int(extraLength)),
            offset + Self.fixedLength + Int(nameLength) + Int(extraLength) + Int(commentLength) <= directory.count
        else { throw .truncated("central directory header") }
        length = Self.fixedLength + Int(nameLength) + Int(extraLength) + Int(commentLength)

        // The ZIP64 extra field holds, in this order, a value for each field set to the marker.
        let deferred = [
            uncompressedSize == Self.deferred32, compressedSize == Self.deferred32,
            localHeaderOffset == Self.deferred32,
        ]
        let zip64 = Self.zip64Values(in: extraField, deferred: deferred, diskNumberDeferred: diskNumber == Self.deferred16)
        self.uncompressedSize = Self.effective(uncompressedSize, zip64[0])
        self.compressedSize = Self.effective(compressedSize, zip64[1])
        self.localHeaderOffset = Self.effective(localHeaderOffset, zip64[2])
    }

    /// The ZIP64 value ZIPFoundation uses in place of `value`, if it is there and not zero.
    private static func effective(_ value: UInt32, _ zip64: UInt64?) -> UInt64 {
        if let zip64, zip64 > 0 { zip64 } else { UInt64(value) }
    }

    /// The values of the first ZIP64 extra field for the uncompressed size, compressed size and
    /// local-header offset, `nil` where the header does not defer to it. ZIPFoundation ignores
    /// a ZIP64 field whose length does not match the deferred fields exactly, and so does this.
    private static func zip64Values(in extraField: LittleEndianBytes, deferred: [Bool], diskNumberDeferred: Bool) -> [UInt64?] {
        let absent = [UInt64?](repeating: nil, count: deferred.count)
        let expectedLength = 8 * deferred.filter { $0 }.count + (diskNumberDeferred ? 4 : 0)
        var position = 0
        // ZIPFoundation's walk over the blocks (ID, length, data) of the extra field.
        while position < extraField.count - 4 {
            guard let id = extraField.value(UInt16.self, at: position),
                let blockLength = extraField.value(UInt16.self, at: position + 2),
                position + 4 + Int(blockLength) <= extraField.count
            else { return absent }
            if id == zip64ExtraFieldID {
                guard Int(blockLength) == expectedLength else { return absent }
                var valueOffset = position + 4
                return deferred.map { isDeferred in
                    guard isDeferred else { return nil }
                    defer { valueOffset += 8 }
                    return extraField.value(UInt64.self, at: valueOffset)
                }
            }
            position += 4 + Int(blockLength)
        }
        return absent
    }
}
