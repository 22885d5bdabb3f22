/// Where a ZIP archive's central directory lies and how many entries it lists, taken as
/// ZIPFoundation takes them: from the last end-of-central-directory record, or from the ZIP64
/// record when a ZIP64 locator and record lie right before it.
struct ZIPEndRecord {
    /// The length of the end-of-central-directory record without its comment.
    static let length = 22
    /// The length of the ZIP64 end-of-central-directory locator.
    static let zip64LocatorLength = 20
    /// The length of the ZIP64 end-of-central-directory record without its extensible data.
    static let zip64RecordLength = 56
    /// The longest comment the end record can carry.
    static let maxCommentLength = Int(UInt16.max)
    /// The most bytes at the end of an archive that hold the end record, its comment, and the
    /// ZIP64 record and locator before it.
    static let maxTailLength = zip64RecordLength + zip64LocatorLength + length + maxCommentLength

    private static let signature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64RecordSignature: UInt32 = 0x0606_4B50
    /// The version needed to extract (4.5) that ZIPFoundation requires of a ZIP64 record.
    private static let zip64Version: UInt16 = 45

    /// The number of entries the central directory holds.
    let entryCount: UInt64
    /// The offset of the central directory in the archive.
    let directoryOffset: UInt64
    /// The length of the central directory.
    let directoryLength: UInt64
    /// The offset of the first record after the central directory (the ZIP64 record or the end
    /// record); the directory must end there at the latest.
    let directoryLimit: UInt64

    /// The end record found in `tail`, the last bytes of an archive of `archiveLength` bytes.
    ///
    /// Like ZIPFoundation, takes the signature nearest to the end; unlike it, looks no further
    /// back than the longest comment allows.
    init(tail: LittleEndianBytes, archiveLength: UInt64) throws(ZIPStructureError) {
        let tailOffset = archiveLength - UInt64(tail.count)
        let lowest = max(0, tail.count - Self.length - Self.maxCommentLength)
        guard tail.count >= Self.length,
            let position = stride(from: tail.count - Self.length, through: lowest, by: -1)
                .first(where: { tail.value(UInt32.self, at: $0) == Self.signature })
        else { throw .noEndRecord }
        guard let entryCount = tail.value(UInt16.self, at: position + 10),
            let directoryLength = tail.value(UInt32.self, at: position + 12),
            let directoryOffset = tail.value(UInt32.self, at: position + 16),
            let commentLength = tail.value(UInt16.self, at: position + 20),
            position + Self.length + Int(commentLength) <= tail.count
        else { throw .truncated("end-of-central-directory record") }
        if let zip64 = Self.zip64Record(in: tail, endRecordAt: position, tailOffset: tailOffset) {
            guard let entryCount = tail.value(UInt64.self, at: zip64 + 32),
                let directoryLength = tail.value(UInt64.self, at: zip64 + 40),
                let directoryOffset = tail.value(UInt64.self, at: zip64 + 48)
            else { throw .truncated("ZIP64 end-of-central-directory record") }
            (self.entryCount, self.directoryLength, self.directoryOffset) = (entryCount, directoryLength, directoryOffset)
            directoryLimit = tailOffset + UInt64(zip64)
        } else {
            (self.entryCount, self.directoryLength, self.directoryOffset) = (
                UInt64(entryCount), UInt64(directoryLength), UInt64(directoryOffset)
            )
            directoryLimit = tailOffset + UInt64(position)
        }
    }

    /// The position in `tail` of the ZIP64 record ZIPFoundation would use: right before a ZIP64
    /// locator that lies right before the end record, not at the very start of the archive, with
    /// both signatures and a version of at least 4.5. `nil` if there is none.
    private static func zip64Record(in tail: LittleEndianBytes, endRecordAt position: Int, tailOffset: UInt64) -> Int? {
        let record = position - zip64LocatorLength - zip64RecordLength
        guard record >= 0, tailOffset + UInt64(record) > 0,
            tail.value(UInt32.self, at: position - zip64LocatorLength) == zip64LocatorSignature,
            tail.value(UInt32.self, at: record) == zip64RecordSignature,
            let version = tail.value(UInt16.self, at: record + 14), version >= zip64Version
        else { return nil }
        return record
    }
}
