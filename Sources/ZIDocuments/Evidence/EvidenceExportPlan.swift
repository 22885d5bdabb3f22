import Foundation

/// The layout of the evidence export for the national team (TPN): one folder per change area,
/// one per LKE question inside it, and the evidence files of that question.
///
/// Every path is `<area>/<question>/<file>`, each component made safe by
/// ``EvidenceFileName/archivePathComponent(_:)`` and unique within its folder regardless of
/// case (`name (2).pdf`, `name (3).pdf`, …). Paths stay shorter than 240 characters, so the
/// archive can be extracted below a short folder on Windows: the question folder is cut to
/// what its area folder and longest file name leave. A file whose name lacks the extension of
/// its type gets it, so it opens on the evaluator's computer. The order is deterministic: by
/// area, then question id, then file name, numbers compared by value (`2` before `10`).
public struct EvidenceExportPlan: Sendable {
    /// One evidence file to export, with what the index shows about it.
    public struct Item: Sendable, Equatable, Hashable {
        /// The LKE question the file supports, e.g. `A.I.1.i.a`.
        public var questionID: String
        /// The label of the area folder, e.g. `1 Manajemen Perubahan`.
        public var areaName: String
        /// The label of the question folder, e.g. `1.i.a Unit kerja telah membentuk tim…`;
        /// the question id when blank.
        public var questionLabel: String
        /// The display name of the file (see ``EvidenceFileName/displayName(_:)``).
        public var fileName: String
        /// The type detected from the content when the file was uploaded.
        public var fileType: EvidenceFileType
        /// The stored content's id (its SHA-256 in hex), shown in the index.
        public var contentID: String
        /// The size in bytes; the writer checks the stored file against it.
        public var size: Int64
        /// The title the unit gave the evidence.
        public var title: String
        /// The review status, as text.
        public var status: String

        /// An item; see the properties.
        public init(
            questionID: String, areaName: String, questionLabel: String, fileName: String, fileType: EvidenceFileType,
            contentID: String, size: Int64, title: String, status: String
        ) {
            self.questionID = questionID
            self.areaName = areaName
            self.questionLabel = questionLabel
            self.fileName = fileName
            self.fileType = fileType
            self.contentID = contentID
            self.size = size
            self.title = title
            self.status = status
        }

        /// The question label, or the question id when the label is blank.
        var questionText: String {
            questionLabel.allSatisfy(\.isWhitespace) ? questionID : questionLabel
        }
    }

    /// An item and its path inside the archive.
    public struct Entry: Sendable, Equatable, Hashable {
        /// The path, `/`-separated: `<area>/<question>/<file>`.
        public let path: String
        /// The exported item.
        public let item: Item
    }

    /// Paths are shorter than this many characters.
    static let pathLengthLimit = 240

    /// Every item with its unique path, in export order.
    public let entries: [Entry]

    /// The layout of `items`.
    public init(items: [Item]) {
        var entries: [Entry] = []
        var areaFolders: [String: String] = [:]
        var areaNames = UniqueArchiveNames()
        var questionNames: [String: UniqueArchiveNames] = [:]
        for question in Self.questions(items.sorted(by: Self.precedes)) {
            let first = question[0]
            let area =
                areaFolders[first.areaName]
                ?? areaNames.claim(
                    first.areaName, limit: EvidenceFileName.maxComponentLength, keepingExtension: false
                )
            areaFolders[first.areaName] = area
            var fileNames = UniqueArchiveNames()
            let files = question.map {
                fileNames.claim(Self.exportFileName($0), limit: EvidenceFileName.maxComponentLength, keepingExtension: true)
            }
            let longestFile = files.map(BoundedName.length).max() ?? 0
            let questionLimit = Self.pathLengthLimit - 1 - BoundedName.length(area) - longestFile - 2
            let folder = questionNames[area, default: UniqueArchiveNames()].claim(
                first.questionText, limit: questionLimit, keepingExtension: false
            )
            entries += zip(question, files).map { Entry(path: "\(area)/\(folder)/\($1)", item: $0) }
        }
        self.entries = entries
    }

    /// Sorted items split into runs of the same area and question.
    private static func questions(_ items: [Item]) -> [[Item]] {
        items.reduce(into: []) { runs, item in
            if let previous = runs.last?.last, previous.areaName == item.areaName, previous.questionID == item.questionID {
                runs[runs.count - 1].append(item)
            } else {
                runs.append([item])
            }
        }
    }

    /// The item's display name, with the extension of its type added if it lacks it.
    private static func exportFileName(_ item: Item) -> String {
        EvidenceFileSniffer.matchesExtension(item.fileType, fileName: item.fileName)
            ? item.fileName
            : item.fileName + "." + item.fileType.fileExtension
    }

    /// The export order: area, question id, file name, then the remaining fields, so that the
    /// result does not depend on the order of the input.
    private static func precedes(_ left: Item, _ right: Item) -> Bool {
        let fields: [KeyPath<Item, String>] = [\.areaName, \.questionID, \.fileName, \.contentID, \.title, \.status]
        for field in fields {
            let order = naturalOrder(left[keyPath: field], right[keyPath: field])
            if order != .orderedSame { return order == .orderedAscending }
        }
        return left.size < right.size
    }

    /// Numbers by value and letters regardless of case (`A.I.2` before `A.I.10`, `foto 2` before
    /// `Foto 10`); texts equal that way are ordered by their code points.
    private static func naturalOrder(_ left: String, _ right: String) -> ComparisonResult {
        let order = left.compare(right, options: [.numeric, .caseInsensitive])
        if order != .orderedSame || left == right { return order }
        return left < right ? .orderedAscending : .orderedDescending
    }
}
