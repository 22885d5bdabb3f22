import Foundation

/// One direction of attachment encryption (``AttachmentSealer`` or ``AttachmentOpener``), fed
/// piece by piece so a large file never has to be in memory whole: at most about two chunks
/// (128 KiB) plus the piece being fed are held at once.
public protocol AttachmentStreamStage {
    /// Takes the next piece of input and returns the output that is ready (possibly empty).
    mutating func update(_ bytes: some DataProtocol) throws(WhistleblowingError) -> Data
    /// Ends the input and returns the rest of the output. Call it exactly once, after the last
    /// ``update(_:)``; until it succeeds, output already returned must be treated as incomplete.
    mutating func finish() throws(WhistleblowingError) -> Data
}

extension AttachmentStreamStage {
    /// Reads `source` to its end and writes the result to `destination`, 64 KiB at a time.
    public mutating func process(from source: FileHandle, to destination: FileHandle) throws {
        while let bytes = try source.read(upToCount: AttachmentFormat.chunkByteCount), !bytes.isEmpty {
            try destination.write(contentsOf: update(bytes))
        }
        try destination.write(contentsOf: finish())
    }

    /// Consumes `source` (for example a request body's buffers) and hands each piece of output
    /// that is ready to `write`.
    public mutating func process<Source: AsyncSequence>(_ source: Source, into write: (Data) async throws -> Void) async throws
    where Source.Element: DataProtocol {
        for try await bytes in source {
            let output = try update(bytes)
            if !output.isEmpty { try await write(output) }
        }
        try await write(finish())
    }
}
