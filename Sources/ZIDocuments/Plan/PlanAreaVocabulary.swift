/// The words that name the six change areas in real plans, and how a table's text is matched
/// against them.
///
/// Text names a change area when, compared case-, accent- and punctuation-insensitively:
/// - it is the area's number alone, in Arabic or Roman numerals, optionally after `Area`
///   (`3`, `III`, `Area 3`); or
/// - after dropping the filler words `zona` and `area`, and reading `tata laksana` as
///   `tatalaksana` and `sumber daya manusia` as `sdm`, its words are all of the area's
///   required words plus only words from the area's optional list (`Penguatan Akuntabilitas`,
///   `Zona Pengelolaan SDM`, `PENATAAN TATA LAKSANA`, `Zona Pelayanan Publik dan Publikasi`
///   match; `Pengelolaan Akuntabilitas Kinerja` and `Pelayanan Publik yang Prima` do not).
///
/// Matching whole word sets rather than looking for a key word keeps sub-headings such as
/// "Pengelolaan Akuntabilitas Kinerja" (a komponen of area 4) from being read as areas.
struct PlanAreaVocabulary: Sendable {
    /// The area's number, 1…6.
    let number: Int
    /// The name used in SIZI (docs/domain.md).
    let name: String
    /// Words every matching text has.
    let required: Set<String>
    /// Words a matching text may have besides the required ones.
    let optional: Set<String>

    static let all: [PlanAreaVocabulary] = [
        PlanAreaVocabulary(number: 1, name: "Manajemen Perubahan", required: ["manajemen", "perubahan"], optional: []),
        PlanAreaVocabulary(number: 2, name: "Penataan Tatalaksana", required: ["tatalaksana"], optional: ["penataan"]),
        PlanAreaVocabulary(
            number: 3, name: "Penataan Sistem Manajemen SDM Aparatur", required: ["sdm"],
            optional: ["penataan", "sistem", "manajemen", "pengelolaan", "aparatur"]),
        PlanAreaVocabulary(
            number: 4, name: "Penguatan Akuntabilitas Kinerja", required: ["akuntabilitas"], optional: ["penguatan", "kinerja"]),
        PlanAreaVocabulary(number: 5, name: "Penguatan Pengawasan", required: ["pengawasan"], optional: ["penguatan"]),
        PlanAreaVocabulary(
            number: 6, name: "Peningkatan Kualitas Pelayanan Publik", required: ["pelayanan", "publik"],
            optional: ["peningkatan", "penguatan", "kualitas", "dan", "publikasi"]),
    ]

    /// The area numbered `number`, if it is one of the six.
    static func area(_ number: Int) -> PlanAreaVocabulary? {
        all.first { $0.number == number }
    }

    /// The number of the change area `text` names, if it names one.
    static func match(_ text: String) -> Int? {
        var words = PlanText.words(text)
        if words.first == "area" { words.removeFirst() }
        if words.count == 1, let number = PlanMarker.number(words[0]), area(number) != nil {
            return number
        }
        let significant = Set(joiningPhrases(in: words.filter { !fillers.contains($0) }))
        return all.first { significant.isSuperset(of: $0.required) && significant.isSubset(of: $0.required.union($0.optional)) }?.number
    }

    /// The name of a unit-defined area written as `text`: without a leading `Zona` or `Area`
    /// (`Zona Pengembangan Program dan Kemitraan` → `Pengembangan Program dan Kemitraan`).
    /// `text` is trimmed, so a filler word followed by white space is followed by more text.
    static func unitAreaName(_ text: String) -> String {
        guard let space = text.firstIndex(where: \.isWhitespace), fillers.contains(PlanText.key(String(text[..<space]))) else {
            return text
        }
        return PlanText.trimmed(String(text[space...]))
    }

    private static let fillers: Set<String> = ["zona", "area"]
    private static let phrases: [([String], String)] = [(["tata", "laksana"], "tatalaksana"), (["sumber", "daya", "manusia"], "sdm")]

    /// `words` with each multi-word phrase of ``phrases`` replaced by its single word.
    private static func joiningPhrases(in words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            if let (phrase, word) = phrases.first(where: { words[index...].starts(with: $0.0) }) {
                result.append(word)
                index += phrase.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
