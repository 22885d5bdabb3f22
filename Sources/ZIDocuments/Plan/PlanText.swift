import Foundation

/// How the plan import compares text: header names, area names and section labels are matched
/// case-, accent-, spacing- and punctuation-insensitively (`% REALISASI` ≡ `realisasi`,
/// `Langkah-Aksi` ≡ `langkah aksi`).
enum PlanText {
    /// The lower-cased, accent-free words of `text`; every character that is not a letter or
    /// digit separates words.
    static func words(_ text: String) -> [String] {
        text.lowercased()
            .folding(options: .diacriticInsensitive, locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    /// The words of `text` joined by single spaces: equal for texts that differ only in case,
    /// accents, spacing and punctuation.
    static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// Words that join two header words and say nothing of the column (`Target dan Waktu`).
    static let joiningWords: Set<String> = ["dan", "and", "atau", "or"]

    /// ``key(_:)`` of a column header, without ``joiningWords``.
    static func headerKey(_ text: String) -> String {
        words(text).filter { !joiningWords.contains($0) }.joined(separator: " ")
    }

    /// `text` without surrounding white space (line breaks included).
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
