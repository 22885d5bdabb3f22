import Foundation

/// Destroys a temporary file that held plaintext (an attachment before encryption): its bytes
/// are overwritten with zeros and flushed to the disk, then the file is removed. On journaling
/// or flash file systems an overwrite is not a guarantee, which is why the README recommends
/// putting `SIZI_WBS_UPLOAD_DIR` on a RAM disk.
enum PlaintextShredder {
    /// Overwrites and removes the file at `url`; a file that is already gone is fine.
    static func shred(_ url: URL) {
        if let handle = try? FileHandle(forUpdating: url) {
            let size = (try? handle.seekToEnd()) ?? 0
            try? handle.seek(toOffset: 0)
            let zeros = Data(count: 64 * 1024)
            var left = size
            while left > 0 {
                let count = Int(min(UInt64(zeros.count), left))
                guard (try? handle.write(contentsOf: zeros.prefix(count))) != nil else { break }
                left -= UInt64(count)
            }
            try? handle.synchronize()
            try? handle.close()
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// Shreds whatever a crash left in `directory` (plaintext uploads that were never encrypted).
    /// Called at start, before any request can be writing there.
    static func sweep(_ directory: URL) {
        let leftovers = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        leftovers.forEach(shred)
    }
}
