import Foundation

/// Splits a `Bukti Fisik` cell into its pieces of evidence.
///
/// A cell is split at line breaks and at `;`, then each piece at list marks standing at its
/// start or after white space:
/// - numbers `1.` / `1)` (one or two digits, then a space or a letter: `1.Rekap`), but not
///   decimals (`2.5`);
/// - lowercase letters `a.` / `a)` followed by a space;
/// - bullets `-` and `•` followed by a letter, with or without a space (`-SK Tim`, `- Laporan`),
///   but not a dash before a number (`2023 - 2024`).
///
/// A piece is split at its marks only when it starts with one or holds at least two, so a lone
/// `… WA - nomor telepon` mid-sentence stays whole. Marks, surrounding spaces and trailing `,`
/// or `;` are removed; empty items are dropped. Commas do not split: `Undangan, daftar hadir,
/// notulen` is one item, as it usually is one document set.
enum PlanEvidenceItems {
    private static let separators = CharacterSet(charactersIn: ",;").union(.whitespacesAndNewlines)

    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .flatMap { $0.split(separator: ";") }
            .flatMap { splitAtMarks(String($0)) }
            .map { $0.trimmingCharacters(in: separators) }
            .filter { !$0.isEmpty }
    }

    /// `piece` split at its list marks, marks removed.
    private static func splitAtMarks(_ piece: String) -> [String] {
        let characters = Array(piece)
        var marks: [(start: Int, end: Int)] = []
        for index in characters.indices where index == 0 || characters[index - 1].isWhitespace {
            if let length = markLength(characters, at: index) { marks.append((index, index + length)) }
        }
        let leading = characters.prefix { $0.isWhitespace }.count
        guard marks.count >= 2 || marks.first?.start == leading else { return [piece] }
        var items = [String(characters[..<marks[0].start])]
        for (position, mark) in marks.enumerated() {
            let end = position + 1 < marks.count ? marks[position + 1].start : characters.count
            items.append(String(characters[mark.end..<end]))
        }
        return items
    }

    /// The length of the list mark starting at `index`, if one does.
    private static func markLength(_ characters: [Character], at index: Int) -> Int? {
        func character(_ offset: Int) -> Character? {
            characters.indices.contains(index + offset) ? characters[index + offset] : nil
        }
        let first = characters[index]
        if first == "-" || first == "•" {
            let spaces = characters[(index + 1)...].prefix { $0 == " " }.count
            return character(1 + spaces)?.isLetter == true ? 1 + spaces : nil
        }
        let digits = characters[index...].prefix { $0.isASCII && $0.isNumber }.count
        if (1...2).contains(digits), let point = character(digits), point == "." || point == ")",
            let next = character(digits + 1), next.isWhitespace || next.isLetter
        {
            return digits + 1
        }
        if first.isASCII, first.isLowercase, let point = character(1), point == "." || point == ")",
            character(2)?.isWhitespace == true
        {
            return 2
        }
        return nil
    }
}
