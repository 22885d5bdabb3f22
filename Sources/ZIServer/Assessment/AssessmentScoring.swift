import Foundation
import ZICore

/// Turns stored answers into LKE answers and scores: the unit's own score, and the
/// official one (the TPI's answer where given, the unit's otherwise).
enum AssessmentScoring {
    /// Which answers to score.
    enum Source: Sendable {
        case selfAssessment
        case official
    }

    static func encode(_ answer: LKEAnswer) -> String {
        String(decoding: (try? JSONEncoder().encode(answer)) ?? Data(), as: UTF8.self)
    }

    /// The stored JSON of an answer read back. Option codes (`"Ya"`) and plain numbers, nearly
    /// every stored answer, are read without a JSON decoder; anything else goes through one.
    static func decode(_ text: String?) -> LKEAnswer? {
        guard let text else { return nil }
        let utf8 = text.utf8
        if utf8.count >= 2, utf8.first == UInt8(ascii: "\""), utf8.last == UInt8(ascii: "\""), !utf8.contains(UInt8(ascii: "\\")) {
            return .option(String(text.dropFirst().dropLast()))
        }
        if let number = Double(text), number.isFinite { return .number(number) }
        return try? JSONDecoder().decode(LKEAnswer.self, from: Data(utf8))
    }

    /// The answers of one source by question id.
    static func answers(_ rows: [StoredAnswer], source: Source) -> [String: LKEAnswer] {
        rows.reduce(into: [:]) { answers, row in
            let chosen: String? =
                switch source {
                case .selfAssessment: row.selfAnswer
                case .official: row.tpiAnswer ?? row.selfAnswer
                }
            if let answer = decode(chosen) { answers[row.questionID] = answer }
        }
    }

    /// The predicates a unit already holds, for WBBM's "already WBK" condition.
    static func held(_ assessment: Assessment) -> Set<String> {
        assessment.holdsWBK ? ["wbk"] : []
    }

    /// Scores the official answers and writes the cached columns of the assessment.
    static func refresh(_ assessment: Assessment, rows: [StoredAnswer], catalog: LKECatalog.Entry) throws {
        let official = answers(rows, source: .official)
        let score = try catalog.scorer.score(official)
        let verdicts = LKEPredicateEvaluator.evaluate(score, framework: catalog.framework, held: held(assessment))
        assessment.scoreTotal = LKEPrecision.reported(score.total)
        assessment.scorePengungkit = LKEPrecision.reported(score.pengungkit)
        assessment.scoreHasil = LKEPrecision.reported(score.hasil)
        let percents = Dictionary(uniqueKeysWithValues: score.areas.map { ($0.id, LKEPrecision.reported($0.percent)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        assessment.areaPercentsJSON = String(decoding: try encoder.encode(percents), as: UTF8.self)
        assessment.eligibleWBK = verdicts.first { $0.predicate == "wbk" }?.eligible ?? false
        assessment.eligibleWBBM = verdicts.first { $0.predicate == "wbbm" }?.eligible ?? false
        assessment.answeredCount = rows.filter { $0.selfAnswer != nil }.count
        assessment.reviewedCount = rows.filter { $0.tpiAnswer != nil }.count
    }
}
