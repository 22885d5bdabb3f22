import Foundation

/// One part of a timing phrase, between list separators.
struct PhraseSegment: Equatable, Sendable {
    /// The part as written, trimmed: what `unparsed` reports when it cannot be read.
    let text: String
    /// The part without its parenthesised remarks: what the grammar reads.
    let body: String
    /// The parenthesised remarks of the part, trimmed (`Program` in `Januari-Desember 2025 (Program)`).
    let remarks: [String]
}

/// Splits a timing phrase into its parts at `,` `;` `&`, new lines and the words
/// `dan` and `serta`, but never inside parentheses or brackets. A part that is a chain of three
/// or more periods joined by dashes (`Januari - Maret - Juni 2026`) is a list, not a range, and
/// is split at its dashes; two periods joined by a dash stay a range (`Januari - Maret`).
enum PhraseSplitter {
    static func segments(of text: String) -> [PhraseSegment] {
        pieces(of: text).flatMap(dashList(of:)).compactMap(segment(of:))
    }

    /// The dashes that join periods.
    private static let dashes: Set<Character> = ["-", "–", "—"]

    /// `piece` split at its dashes when it has two or more outside parentheses and every part
    /// has a word (so a written date `2026-03-31` stays whole); else `piece`.
    private static func dashList(of piece: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in piece {
            depth = max(0, depth + nesting(character))
            if depth == 0, dashes.contains(character) {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.count >= 3 && parts.allSatisfy({ $0.contains(where: \.isLetter) }) ? parts : [piece]
    }

    private static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for word in words(of: text) {
            if depth == 0, isSeparator(word) {
                pieces.append(current)
                current = ""
                continue
            }
            for character in word {
                depth = max(0, depth + nesting(character))
            }
            current += word
        }
        pieces.append(current)
        return pieces
    }

    /// The text cut into runs of letters and single other characters, so that `dan`
    /// is found as a whole word only.
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        for character in text {
            if character.isLetter, let last = words.last?.last, last.isLetter {
                words[words.count - 1].append(character)
            } else {
                words.append(String(character))
            }
        }
        return words
    }

    private static func isSeparator(_ word: String) -> Bool {
        if word.count == 1, let character = word.first, PeriodVocabulary.listCharacters.contains(character) {
            return true
        }
        return PeriodVocabulary.listWords.contains(word.lowercased())
    }

    private static func nesting(_ character: Character) -> Int {
        switch character {
        case "(", "[": 1
        case ")", "]": -1
        default: 0
        }
    }

    private static func segment(of piece: String) -> PhraseSegment? {
        let text = piece.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        var body = ""
        var remarks: [String] = []
        var remark = ""
        var depth = 0
        for character in text {
            let change = nesting(character)
            if change > 0 { depth += 1 }
            if change < 0, depth > 0 {
                depth -= 1
                if depth == 0 {
                    remarks.append(remark)
                    remark = ""
                }
            }
            guard change == 0 else { continue }
            if depth == 0 { body.append(character) } else { remark.append(character) }
        }
        remarks.append(remark)
        let trimmed = remarks.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return PhraseSegment(text: text, body: body, remarks: trimmed)
    }
}
