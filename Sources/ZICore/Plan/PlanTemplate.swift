/// A ready-made start for a unit's *Dokumen Rencana Kerja*, drawn from an LKE framework:
/// one indikator per pengungkit question, each with suggested langkah aksi (action steps),
/// bukti fisik (evidence to produce) and a target waktu (timing) without a year.
///
/// Loaded from `Resources/plan-templates/<framework id>.json` by ``PlanTemplateLoader`` and
/// checked against its framework by ``PlanTemplateValidator``. Items follow the framework's
/// question order; the change area of an item comes from its question
/// (``PlanTemplate/areaNumber(of:in:)``). See `Resources/plan-templates/README.md`.
public struct PlanTemplate: Sendable, Codable, Equatable {
    /// The id of the LKE framework the template is drawn from, e.g. `permenpanrb-90-2021`.
    public var framework: String
    /// Version of the data file.
    public var version: String
    /// Where the wording comes from (short provenance).
    public var source: String
    /// One item per pengungkit question, in the framework's question order.
    public var items: [Item]

    public init(framework: String, version: String, source: String, items: [Item]) {
        self.framework = framework
        self.version = version
        self.source = source
        self.items = items
    }

    /// The indikator of one LKE question and the actions suggested for it.
    public struct Item: Sendable, Codable, Equatable {
        /// The id of the LKE question (pertanyaan), e.g. `A.I.1.i.a`.
        public var questionID: String
        /// A short indicator phrase based on the question.
        public var indikator: String
        /// The suggested actions, at least one.
        public var actions: [Action]

        public init(questionID: String, indikator: String, actions: [Action]) {
            self.questionID = questionID
            self.indikator = indikator
            self.actions = actions
        }
    }

    /// One suggested action step with the evidence it produces and when it is due.
    public struct Action: Sendable, Codable, Equatable {
        /// What to do (langkah aksi).
        public var langkahAksi: String
        /// The evidence to produce (bukti fisik), at least one.
        public var buktiFisik: [String]
        /// When, as plan text without a year (`Januari`, `Setiap triwulan`,
        /// `Maret, Juni, September, Desember`); ``PlanTemplate/targetWaktu(_:year:)``
        /// gives the text to store for a plan year.
        public var targetWaktu: String

        public init(langkahAksi: String, buktiFisik: [String], targetWaktu: String) {
            self.langkahAksi = langkahAksi
            self.buktiFisik = buktiFisik
            self.targetWaktu = targetWaktu
        }
    }
}

extension PlanTemplate {
    /// The item for the given question id, if any.
    public func item(for questionID: String) -> Item? {
        items.first { $0.questionID == questionID }
    }

    /// The target waktu of `action` as text to store in a plan for `year`, e.g.
    /// `Januari` → `Januari 2026`; see the static `PlanTemplate.targetWaktu(_:year:)`.
    public func targetWaktu(_ action: Action, year: Int) -> String {
        Self.targetWaktu(action.targetWaktu, year: year)
    }

    /// A year-less timing text made explicit for a plan `year`, written the way plans write it:
    ///
    /// | template text | for 2026 |
    /// |---|---|
    /// | `Januari` | `Januari 2026` |
    /// | `Januari s/d Desember` | `Januari s/d Desember 2026` |
    /// | `Maret, Juni, September, Desember` | `Maret, Juni, September, Desember 2026` |
    /// | `Akhir tahun`, `Sepanjang tahun` | `Akhir tahun 2026`, `Sepanjang tahun 2026` |
    /// | `Setiap triwulan`, `Setiap bulan` | `Setiap triwulan tahun 2026`, `Setiap bulan tahun 2026` |
    /// | `Januari s/d Desember (rutin)` | `Januari s/d Desember 2026 (rutin)` |
    ///
    /// The year is written once, after the last part and before trailing remarks in
    /// parentheses: ``PeriodParser`` gives a part without a year the year of the following
    /// part. A result is used only when it parses to exactly the due dates of
    /// `PeriodParser.parse(text, defaultYear: year)`; otherwise, and when the text already
    /// names its years, the text is returned unchanged (trimmed), to be read with the plan
    /// year as `defaultYear`.
    public static func targetWaktu(_ text: String, year: Int) -> String {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // With a default year outside 1900–2199 the parser schedules only parts that name a year.
        if !PeriodParser.parse(text, defaultYear: 0).needsScheduling { return text }
        let meant = PeriodParser.parse(text, defaultYear: year)
        guard !meant.needsScheduling else { return text }

        let (body, remarks) = splitTrailingRemarks(text)
        let plain = " \(year)", withWord = " tahun \(year)"
        let suffixes = endsWithRecurrence(body) && !endsWithYearWord(body) ? [withWord, plain] : [plain, withWord]
        return suffixes.lazy.map { body + $0 + remarks }.first { candidate in
            let schedule = PeriodParser.parse(candidate, defaultYear: year)
            return !schedule.needsScheduling && schedule.dueDates == meant.dueDates
        } ?? text
    }

    /// `text` without its trailing parenthesised remarks, and those remarks with the space before them.
    private static func splitTrailingRemarks(_ text: String) -> (body: String, remarks: String) {
        var body = Substring(text)
        while body.last == ")" || body.last == "]" {
            guard let open = body.lastIndex(where: { $0 == "(" || $0 == "[" }) else { break }
            body = body[..<open]
            while body.last?.isWhitespace == true { body = body.dropLast() }
        }
        return (String(body), String(text.dropFirst(body.count)))
    }

    /// Whether the last part of the phrase is a recurrence (`Setiap triwulan`, `bulanan` …).
    private static func endsWithRecurrence(_ text: String) -> Bool {
        guard let last = PhraseSplitter.segments(of: text).last,
            case .recurrence? = PeriodGrammar.expression(in: PeriodLexer.tokens(of: last.body))
        else { return false }
        return true
    }

    /// Whether the phrase ends with a word for "year" (`Sepanjang tahun`, `2 kali setahun`).
    private static func endsWithYearWord(_ text: String) -> Bool {
        let word = text.split(whereSeparator: { !$0.isLetter }).last?.lowercased() ?? ""
        return ["tahun", "thn", "setahun", "tahunan", "pertahun"].contains(word)
    }

    /// The change area (1…6) of a question: the `area` reference of the area node above it;
    /// `nil` for hasil questions and unknown ids. (`LKEFramework` has no direct lookup; the
    /// same value appears as `LKETemplate.Question.area`.)
    public static func areaNumber(of questionID: String, in framework: LKEFramework) -> Int? {
        LKETreeIndex(framework).areaOf[questionID].flatMap { Int($0) }
    }
}
