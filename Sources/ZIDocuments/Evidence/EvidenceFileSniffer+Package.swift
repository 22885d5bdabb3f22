import Foundation
import ZIPFoundation

/// The office formats, recognised by the parts of their ZIP package.
extension EvidenceFileSniffer {
    /// The most entries a package may hold; larger archives are not inspected (and not allowed).
    static let maxPackageEntries = 10_000
    /// The longest `mimetype` entry read from an OpenDocument package.
    private static let maxMimetypeLength = 100
    /// The main part of each Office Open XML format, lower case (OPC part names ignore case).
    private static let officeMainParts: [String: EvidenceFileType] = [
        "word/document.xml": .docx, "xl/workbook.xml": .xlsx, "ppt/presentation.xml": .pptx,
    ]
    private static let openDocumentTypes: [EvidenceFileType] = [.odt, .ods]

    /// The type of the ZIP package at `url`: an Office Open XML package with exactly one known
    /// main part, or an OpenDocument package whose first entry `mimetype` names the text or
    /// spreadsheet format. Nil for any other, damaged or too large archive, and for one whose
    /// directory ``ZIPStructure`` refuses.
    static func packageType(fileAt url: URL) -> EvidenceFileType? {
        let archive: Archive
        do {
            try ZIPStructure.check(fileAt: url, maxEntries: maxPackageEntries)
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            return nil
        }
        var paths: Set<String> = []
        var firstEntry: Entry?
        var count = 0
        for entry in archive {
            count += 1
            guard count <= maxPackageEntries else { return nil }
            firstEntry = firstEntry ?? entry
            paths.insert(partName(entry.path))
        }
        if let firstEntry, firstEntry.path == "mimetype" {
            return openDocumentType(archive: archive, mimetype: firstEntry, paths: paths)
        }
        guard paths.contains("[content_types].xml") else { return nil }
        let types = officeMainParts.filter { paths.contains($0.key) }.map(\.value)
        return types.count == 1 ? types[0] : nil
    }

    /// The OpenDocument type named by the `mimetype` entry, if the package also has its content.
    private static func openDocumentType(archive: Archive, mimetype: Entry, paths: Set<String>) -> EvidenceFileType? {
        guard paths.contains("content.xml"), mimetype.uncompressedSize <= maxMimetypeLength else { return nil }
        var content = Data()
        do {
            _ = try archive.extract(mimetype) { chunk in
                content.append(chunk)
                guard content.count <= maxMimetypeLength else { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            return nil
        }
        return openDocumentTypes.first { Data($0.mediaType.utf8) == content }
    }

    /// `path` as a lower-case part name without a leading slash.
    private static func partName(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }
}
