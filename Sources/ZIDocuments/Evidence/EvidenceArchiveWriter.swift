import Foundation
import ZIPFoundation

/// Writes the evidence export of an ``EvidenceExportPlan`` as a ZIP file on disk.
///
/// The archive is streamed: each stored file is read in chunks of 1 MiB while it is added, so
/// memory stays bounded whatever the sizes of the files. Files whose content is compressed
/// already (images, video, office packages) are stored as they are, PDFs and the index are
/// deflated. Entries carry a fixed timestamp, so the same plan and files give the same bytes.
/// ZIP64 is used when the archive grows beyond 4 GiB.
public enum EvidenceArchiveWriter {
    /// The size of the chunks read from the stored files.
    static let chunkSize = 1 << 20

    /// Writes the archive to `destination`, which must not exist yet: first the index file
    /// (`index`, named `indexName`, made safe like any file name), then every entry of `plan`
    /// at its path. `contents` gives the URL of the stored file of an item.
    ///
    /// Throws ``EvidenceArchiveError`` when a stored file cannot be read or does not match its
    /// item's size, or the archive cannot be written, and passes on the errors of `contents`.
    /// On failure the partly written archive is removed.
    public static func write(
        _ plan: EvidenceExportPlan, index: Data, indexName: String, to destination: URL,
        contents: (EvidenceExportPlan.Item) throws -> URL
    ) throws {
        let archive: Archive
        do {
            archive = try Archive(url: destination, accessMode: .create)
        } catch {
            throw EvidenceArchiveError.archiveFailed(reason: String(describing: error))
        }
        do {
            let indexPath = EvidenceFileName.archiveComponent(
                indexName, limit: EvidenceFileName.maxComponentLength, keepingExtension: true
            )
            try add(indexPath, size: Int64(index.count), compressed: false, to: archive) { position, size in
                index.subdata(in: Int(position)..<Int(position) + size)
            }
            for entry in plan.entries {
                try add(entry, source: try contents(entry.item), to: archive)
            }
        } catch {
            try? FileManager.default.removeItem(at: destination)
            throw error
        }
    }

    /// Adds `entry` with the content of the file at `source`, read chunk by chunk.
    private static func add(_ entry: EvidenceExportPlan.Entry, source: URL, to archive: Archive) throws {
        let handle: FileHandle
        let size: Int64
        do {
            handle = try FileHandle(forReadingFrom: source)
            size = Int64(try handle.seekToEnd())
        } catch {
            throw EvidenceArchiveError.unreadableSource(path: entry.path, reason: String(describing: error))
        }
        defer { try? handle.close() }
        guard size == entry.item.size else {
            throw EvidenceArchiveError.sizeMismatch(path: entry.path, expected: entry.item.size, actual: size)
        }
        try add(entry.path, size: size, compressed: entry.item.fileType.isCompressed, to: archive) { position, length in
            try handle.seek(toOffset: UInt64(position))
            let chunk = try handle.read(upToCount: length) ?? Data()
            guard chunk.count == length else { throw EvidenceArchiveError.truncatedSource(path: entry.path) }
            return chunk
        }
    }

    /// Adds a file entry at `path` whose `size` bytes come from `provider`; deflated unless
    /// the content is `compressed` already.
    private static func add(_ path: String, size: Int64, compressed: Bool, to archive: Archive, provider: Provider) throws {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, modificationDate: OOXMLPackage.entryDate,
                compressionMethod: compressed ? .none : .deflate, bufferSize: chunkSize, provider: provider
            )
        } catch let error as EvidenceArchiveError {
            throw error
        } catch {
            throw EvidenceArchiveError.archiveFailed(reason: "\(path): \(error)")
        }
    }
}
