/// Why ``ZIPStructure`` refused an archive before ZIPFoundation was allowed to read it.
enum ZIPStructureError: Error, Equatable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable
    /// No end-of-central-directory record lies within the last 64 KB of the archive.
    case noEndRecord
    /// A record is cut off or lacks its signature; the associated text names it.
    case truncated(String)
    /// The central directory does not lie between the start of the archive and its end record.
    case directoryOutsideArchive
    /// The central directory is longer than ``ZIPStructure/maxDirectoryLength``.
    case directoryTooLong(limitBytes: Int)
    /// The archive lists more entries than allowed.
    case tooManyEntries(limit: Int)
    /// The local header or the data of entry `index` (0-based) lies outside the archive.
    case entryOutsideArchive(index: Int)
    /// Entry `index` (0-based) claims to unpack to more than 4 GB, more than deflate can make of
    /// its compressed size.
    case implausibleSize(index: Int)

    var description: String {
        switch self {
        case .unreadable: "the file cannot be read"
        case .noEndRecord: "no end-of-central-directory record"
        case .truncated(let record): "the \(record) is cut off"
        case .directoryOutsideArchive: "the central directory lies outside the archive"
        case .directoryTooLong(let limit): "the central directory is longer than \(limit / 1_048_576) MB"
        case .tooManyEntries(let limit): "the archive holds more than \(limit) entries"
        case .entryOutsideArchive(let index): "entry \(index + 1) lies outside the archive"
        case .implausibleSize(let index): "entry \(index + 1) claims an impossible uncompressed size"
        }
    }
}
