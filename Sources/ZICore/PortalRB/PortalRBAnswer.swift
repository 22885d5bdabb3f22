/// One row of PortalRB's `GET /lke/jawaban-unit/{unit_id}` ("Panduan Teknis API Integrasi ZI"
/// v1.0.0, §3.3): a `soal_id` of the LKE ZI 2026 master with the unit's and the TPI's answer
/// and notes. Absent values are `null`, as in the guide.
public struct PortalRBAnswer: Encodable, Sendable, Equatable {
    /// An answer as PortalRB reads it: an option code (`"A"`, `"Ya"`) or a number (a `Jumlah`
    /// count, a 0–4 survey value).
    public enum Value: Encodable, Sendable, Equatable {
        case text(String)
        case number(Double)

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            }
        }
    }

    public let soalID: Int
    public let jawabanUnit: Value?
    public let jawabanTPI: Value?
    public let catatanUnit: String?
    public let buktiDukungUnit: String?
    public let catatanTPI: String?

    private enum CodingKeys: String, CodingKey {
        case soalID = "soal_id", jawabanUnit = "jawaban_unit", jawabanTPI = "jawaban_tpi", catatanUnit = "catatan_unit"
        case buktiDukungUnit = "bukti_dukung_unit", catatanTPI = "catatan_tpi"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(soalID, forKey: .soalID)
        try container.encode(jawabanUnit, forKey: .jawabanUnit)
        try container.encode(jawabanTPI, forKey: .jawabanTPI)
        try container.encode(catatanUnit, forKey: .catatanUnit)
        try container.encode(buktiDukungUnit, forKey: .buktiDukungUnit)
        try container.encode(catatanTPI, forKey: .catatanTPI)
    }

    /// The row as ``encode(to:)`` writes it, written straight into `json` (same members, same
    /// order), for the endpoint that serves every row of a unit many times a second.
    public func write(to json: inout JSONText) {
        json.object { json in
            json.key("soal_id")
            json.integer(soalID)
            json.key("jawaban_unit")
            Self.write(jawabanUnit, to: &json)
            json.key("jawaban_tpi")
            Self.write(jawabanTPI, to: &json)
            json.key("catatan_unit")
            json.string(catatanUnit)
            json.key("bukti_dukung_unit")
            json.string(buktiDukungUnit)
            json.key("catatan_tpi")
            json.string(catatanTPI)
        }
    }

    private static func write(_ value: Value?, to json: inout JSONText) {
        switch value {
        case .text(let text)?: json.string(text)
        case .number(let number)?: json.number(number)
        case nil: json.null()
        }
    }
}

/// What SIZI holds for one question: both parties' answers and notes.
public struct PortalRBQuestionRecord: Sendable {
    public let unitAnswer: LKEAnswer?
    public let tpiAnswer: LKEAnswer?
    public let unitNote: String?
    public let evidence: String?
    public let tpiNote: String?

    public init(unitAnswer: LKEAnswer?, tpiAnswer: LKEAnswer?, unitNote: String?, evidence: String?, tpiNote: String?) {
        self.unitAnswer = unitAnswer
        self.tpiAnswer = tpiAnswer
        self.unitNote = unitNote
        self.evidence = evidence
        self.tpiNote = tpiNote
    }
}

extension PortalRBAnswer {
    /// One row per `soal_id` of `framework`, in `soal_id` order: an option or survey question is
    /// its own row; a `%` question answers through its `Jumlah` rows, one per input, each with
    /// its count (a percentage given directly has no counts, so those rows stay `null`); the
    /// question's notes go with its first row.
    public static func rows(of framework: LKEFramework, records: [String: PortalRBQuestionRecord]) -> [PortalRBAnswer] {
        var rows: [PortalRBAnswer] = []
        for question in framework.questions {
            let record = records[question.id]
            if question.answerType == .percentage {
                for (index, input) in question.inputs.enumerated() {
                    guard let soalID = input.soalID else { continue }
                    let first = index == 0
                    rows.append(
                        PortalRBAnswer(
                            soalID: soalID, jawabanUnit: count(record?.unitAnswer, input.id),
                            jawabanTPI: count(record?.tpiAnswer, input.id),
                            catatanUnit: first ? record?.unitNote : nil, buktiDukungUnit: first ? record?.evidence : nil,
                            catatanTPI: first ? record?.tpiNote : nil))
                }
            } else if let soalID = question.soalID {
                rows.append(
                    PortalRBAnswer(
                        soalID: soalID, jawabanUnit: value(record?.unitAnswer), jawabanTPI: value(record?.tpiAnswer),
                        catatanUnit: record?.unitNote, buktiDukungUnit: record?.evidence, catatanTPI: record?.tpiNote))
            }
        }
        return rows.sorted { $0.soalID < $1.soalID }
    }

    private static func value(_ answer: LKEAnswer?) -> Value? {
        switch answer {
        case .option(let code)?: .text(code)
        case .number(let number)?: .number(number)
        case .inputs?, nil: nil
        }
    }

    private static func count(_ answer: LKEAnswer?, _ input: String) -> Value? {
        guard case .inputs(let counts)? = answer, let count = counts[input] else { return nil }
        return .number(count)
    }
}
