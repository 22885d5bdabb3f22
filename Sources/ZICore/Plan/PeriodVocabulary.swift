/// The words of Indonesian timing phrases, as data: every spelling the parser accepts
/// (full names, abbreviations, English forms and the usual typos), folded to lower case
/// without diacritics. The grammar (`PeriodGrammar`) decides where each kind may stand.
enum PeriodVocabulary {
    /// Month names → month number.
    static let months: [String: Int] = index(monthSpellings)

    /// The display name of a month (1…12): the first spelling, capitalised (`Januari`).
    static func monthName(_ month: Int) -> String {
        capitalised(monthSpellings[month - 1].1[0])
    }

    /// The Roman numeral of a part of the year (1…6): the first ordinal spelling,
    /// in capitals (`I`, `II` … `VI`), as in `Triwulan II` and `Semester I`.
    static func romanNumeral(_ ordinal: Int) -> String {
        ordinalSpellings[ordinal - 1].1[0].uppercased()
    }

    /// Every spelling of each month, its display name first.
    private static let monthSpellings: [(Int, [String])] = [
        (1, ["januari", "jan", "january"]),
        (2, ["februari", "pebruari", "febuari", "feb", "peb", "february"]),
        (3, ["maret", "mar", "mrt", "march"]),
        (4, ["april", "apr"]),
        (5, ["mei", "may"]),
        (6, ["juni", "jun", "june"]),
        (7, ["juli", "jul", "july"]),
        (8, ["agustus", "agu", "agt", "ags", "aug", "august"]),
        (9, ["september", "sep", "sept"]),
        (10, ["oktober", "okt", "oct", "october"]),
        (11, ["november", "nopember", "nov", "nop"]),
        (12, ["desember", "des", "dec", "december"]),
    ]

    /// Words naming a unit of time, in `Triwulan I`, `setiap 3 bulan`, `Q1` ….
    static let units: [String: PeriodUnit] = index([
        (.month, ["bulan", "bln"]),
        (.quarter, ["triwulan", "tw", "trw", "kuartal", "kwartal", "q"]),
        (.caturwulan, ["caturwulan", "cawu"]),
        (.semester, ["semester", "smt"]),
        (.year, ["tahun", "thn", "th"]),
    ])

    /// Words that may stand before a month name without changing it (`Bln Februari`).
    static let monthFillers: Set<String> = ["bulan", "bln"]

    /// Words that introduce a year number (`Tahun 2025`, `TA 2025`, `Th. 2025`).
    static let yearWords: Set<String> = ["tahun", "thn", "th", "ta"]

    /// Words that start a recurrence before a count and a unit (`setiap 3 bulan`, `per triwulan`).
    static let recurrencePrefixes: Set<String> = ["setiap", "tiap", "per"]

    /// One-word recurrences (`bulanan`, `perbulan`, `triwulanan` …).
    static let recurrenceWords: [String: PeriodUnit] = index([
        (.month, ["bulanan", "perbulan"]),
        (.quarter, ["triwulanan", "pertriwulan", "kuartalan"]),
        (.semester, ["semesteran", "persemester"]),
        (.year, ["tahunan", "pertahun"]),
    ])

    /// Words meaning "one unit", used with `sekali`: `sebulan sekali`, `setahun sekali`.
    static let singleUnits: [String: PeriodUnit] = index([
        (.month, ["sebulan"]),
        (.quarter, ["setriwulan"]),
        (.semester, ["sesemester"]),
        (.year, ["setahun"]),
    ])

    /// Points of the year → the month they stand for (`Awal tahun` → Januari,
    /// `Pertengahan tahun` → Juni, `Akhir tahun` → Desember).
    static let pointsOfYear: [String: Int] = index([
        (1, ["awal"]),
        (6, ["pertengahan", "tengah"]),
        (12, ["akhir"]),
    ])

    /// Ordinals of a part of the year: Roman numerals and Indonesian ordinal words.
    static let ordinals: [String: Int] = index(ordinalSpellings)

    /// Every spelling of each ordinal, its Roman numeral first.
    private static let ordinalSpellings: [(Int, [String])] = [
        (1, ["i", "pertama", "kesatu"]),
        (2, ["ii", "kedua"]),
        (3, ["iii", "ketiga"]),
        (4, ["iv", "keempat"]),
        (5, ["v", "kelima"]),
        (6, ["vi", "keenam"]),
    ]

    /// Number words, for counts (`setiap tiga bulan`) and ordinals (`Triwulan satu`).
    static let numbers: [String: Int] = index([
        (1, ["satu"]), (2, ["dua"]), (3, ["tiga"]), (4, ["empat"]), (5, ["lima"]), (6, ["enam"]),
        (7, ["tujuh"]), (8, ["delapan"]), (9, ["sembilan"]), (10, ["sepuluh"]), (11, ["sebelas"]),
    ])

    /// Words joining the two ends of a range (`s/d` and `s.d.` are read as `sd`).
    static let rangeWords: Set<String> = ["sd", "sampai", "hingga"]

    /// Characters joining the two ends of a range: hyphen, minus and the dashes.
    static let rangeCharacters: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]

    /// Characters separating the parts of a list (`Juni, Oktober`; `…; Maret`; `&`; new lines).
    static let listCharacters: Set<Character> = [",", ";", "&", "\n", "\r\n", "\r"]

    /// Words separating the parts of a list (`Juli dan Desember`).
    static let listWords: Set<String> = ["dan", "serta"]

    /// Years a phrase may name; other four-digit numbers (`ISO 9001`) are not years.
    static let years: ClosedRange<Int> = 1900...2199

    /// `word` with its first letter in capitals (`triwulan` → `Triwulan`).
    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func index<Value>(_ rows: [(Value, [String])]) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: rows.flatMap { value, words in words.map { ($0, value) } })
    }
}
