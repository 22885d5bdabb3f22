import Foundation

/// Turns one part of a timing phrase into `PeriodToken`s: words, numbers and range
/// connectors. Letters and digits written together are split (`Desember2025`, `Q1`);
/// punctuation other than dashes (`.`, `/`, `:` …) only separates.
enum PeriodLexer {
    static func tokens(of text: String) -> [PeriodToken] {
        let folded = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        var tokens: [PeriodToken] = []
        var run = ""

        func flush() {
            guard let first = run.first else { return }
            if first.isLetter {
                append(word: run, to: &tokens)
            } else if let value = Int(run) {
                tokens.append(.number(value, digits: run.count))
            } else {
                tokens.append(.word(run)) // too many digits for a number: left for the grammar to refuse
            }
            run = ""
        }

        for character in folded {
            if let last = run.last, character.isLetter != last.isLetter || isDigit(character) != isDigit(last) {
                flush()
            }
            if character.isLetter || isDigit(character) {
                run.append(character)
            } else {
                flush()
                if PeriodVocabulary.rangeCharacters.contains(character) { appendRange(to: &tokens) }
            }
        }
        flush()
        return tokens
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// Appends a word, reading `s/d` (lexed as `s`, `d`) and the range words as `.to`,
    /// and dropping the `dengan` of `sampai dengan`.
    private static func append(word: String, to tokens: inout [PeriodToken]) {
        if word == "d", tokens.last == .word("s") {
            tokens.removeLast()
            appendRange(to: &tokens)
        } else if PeriodVocabulary.rangeWords.contains(word) {
            appendRange(to: &tokens)
        } else if !(word == "dengan" && tokens.last == .to) {
            tokens.append(.word(word))
        }
    }

    /// Appends a range connector, except the hyphen of an ordinal (`ke-2`).
    private static func appendRange(to tokens: inout [PeriodToken]) {
        if tokens.last != .word("ke") { tokens.append(.to) }
    }
}
