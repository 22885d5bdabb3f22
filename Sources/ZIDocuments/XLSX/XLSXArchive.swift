import Foundation
import ZIPFoundation

/// The ZIP container of an XLSX file, read part by part within ``XLSXReader/Limits``.
///
/// The archive's directory is checked by ``ZIPStructure`` before ZIPFoundation reads it. The
/// declared sizes of all entries are checked when the archive is opened, and the bytes
/// actually inflated are counted while reading, so a file that lies about its sizes is
/// stopped as soon as it exceeds the limit. Part names match regardless of case, as in OPC.
struct XLSXArchive {
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: XLSXReader.Limits
    private var bytesRead = 0

    init(data: Data, limits: XLSXReader.Limits) throws {
        guard data.starts(with: [0x50, 0x4B]) else {
            throw XLSXReadError.notXLSX(reason: "the data is not a ZIP archive")
        }
        do throws(ZIPStructureError) {
            try ZIPStructure.check(data, maxEntries: limits.maxEntries)
        } catch .tooManyEntries(let limit) {
            throw XLSXReadError.tooManyEntries(limit: limit)
        } catch {
            throw XLSXReadError.notXLSX(reason: "the ZIP archive is damaged (\(error))")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXReadError.notXLSX(reason: "the ZIP archive cannot be opened (\(error))")
        }
        var entries: [String: Entry] = [:]
        var declaredBytes: UInt64 = 0
        for entry in archive {
            guard entries.count < limits.maxEntries else { throw XLSXReadError.tooManyEntries(limit: limits.maxEntries) }
            // A ZIP64 data descriptor may claim any size up to UInt64.max, so the sum can overflow.
            let (total, overflow) = declaredBytes.addingReportingOverflow(entry.uncompressedSize)
            guard !overflow, total <= UInt64(limits.maxUncompressedBytes) else {
                throw XLSXReadError.tooLarge(limitBytes: limits.maxUncompressedBytes)
            }
            declaredBytes = total
            entries[Self.key(entry.path)] = entry
        }
        self.entries = entries
        self.limits = limits
    }

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// The bytes of the part at `path`; throws ``XLSXReadError/missingPart(_:)`` if it is absent.
    mutating func data(of path: String) throws -> Data {
        guard let entry = entries[Self.key(path)] else { throw XLSXReadError.missingPart(path) }
        var data = Data()
        var budget = limits.maxUncompressedBytes - bytesRead
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chunk in
                budget -= chunk.count
                guard budget >= 0 else { throw XLSXReadError.tooLarge(limitBytes: limits.maxUncompressedBytes) }
                data.append(chunk)
            }
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw XLSXReadError.malformedPart(path, reason: "it cannot be unpacked (\(error))")
        }
        guard checksum == entry.checksum else { throw XLSXReadError.malformedPart(path, reason: "its checksum is wrong") }
        bytesRead += data.count
        return data
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }
}
