import Foundation

/// Decides the type of an uploaded evidence file from its content, never from its name.
///
/// Only the allowed types are recognised: PDF, PNG and JPEG by their signatures, MP4 by its
/// `ftyp` box and a common ISO/MP4 brand, and the office formats by the parts inside their ZIP
/// package. Everything else — executables, HTML, SVG, GIF, text, plain ZIP archives, HEIC or
/// QuickTime video — is not allowed. A file whose name claims another type than its content is
/// refused by comparing the detected type with ``matchesExtension(_:fileName:)``.
public enum EvidenceFileSniffer {
    private static let pdfSignature = Array("%PDF-".utf8)
    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    private static let jpegSignature: [UInt8] = [0xFF, 0xD8, 0xFF]
    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let fileTypeBox = Array("ftyp".utf8)
    /// The major brands of the `ftyp` box that mark an MP4 video. QuickTime (`qt  `), 3GPP,
    /// audio-only (`M4A `) and image (`heic`, `mif1`) files use other brands.
    private static let mp4Brands: Set<[UInt8]> = Set(
        [
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "mp71", "avc1",
            "M4V ", "M4VH", "M4VP", "dash", "MSNV", "mmp4",
        ].map { Array($0.utf8) }
    )
    /// Enough bytes for every signature: the MP4 brand ends at offset 12.
    private static let headerLength = 12

    /// The type of the file at `url`, or nil if its content is none of the allowed types.
    /// Throws only if the file cannot be read.
    public static func detect(fileAt url: URL) throws -> EvidenceFileType? {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let header = Array(try handle.read(upToCount: headerLength) ?? Data())
        if header.starts(with: pdfSignature) { return .pdf }
        if header.starts(with: pngSignature) { return .png }
        if header.starts(with: jpegSignature) { return .jpeg }
        if isMP4(header) { return .mp4 }
        if header.starts(with: zipSignature) { return packageType(fileAt: url) }
        return nil
    }

    /// Whether `fileName` ends with an extension of `type` (case-insensitive; `.jpg` and
    /// `.jpeg` for JPEG).
    public static func matchesExtension(_ type: EvidenceFileType, fileName: String) -> Bool {
        guard let fileExtension = BoundedName.fileExtension(of: fileName) else { return false }
        return type.acceptedExtensions.contains(fileExtension.lowercased())
    }

    /// Whether `header` starts with an `ftyp` box whose major brand is an MP4 brand.
    private static func isMP4(_ header: [UInt8]) -> Bool {
        header.count >= headerLength
            && Array(header[4..<8]) == fileTypeBox
            && mp4Brands.contains(Array(header[8..<12]))
    }
}
