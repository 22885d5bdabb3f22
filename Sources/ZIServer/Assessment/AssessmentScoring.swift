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

    /// The stored JSON of an answer read back. Option codes (`"Ya"`), plain numbers and the
    /// counts of a `%` question as `JSONEncoder` stored them (`{"a":3,"b":4}`) — every answer SIZI
    /// writes — are read without a JSON decoder; anything else goes through one.
    static func decode(_ text: String?) -> LKEAnswer? {
        guard let text else { return nil }
        let utf8 = text.utf8
        let plain = !utf8.contains(UInt8(ascii: "\\"))
        if utf8.count >= 2, utf8.first == UInt8(ascii: "\""), utf8.last == UInt8(ascii: "\""), plain {
            return .option(String(text.dropFirst().dropLast()))
        }
        if let number = Double(text), number.isFinite { return .number(number) }
        if plain, let counts = flatCounts(text) { return .inputs(counts) }
        return try? JSONDecoder().decode(LKEAnswer.self, from: Data(utf8))
    }

    /// `{"key":number,…}` without spaces or escapes (keys hold no quote), or nil for anything else.
    private static func flatCounts(_ text: String) -> [String: Double]? {
        var text = text
        return text.withUTF8 { bytes -> [String: Double]? in
            let end = bytes.count - 1
            guard end >= 1, bytes[0] == UInt8(ascii: "{"), bytes[end] == UInt8(ascii: "}") else { return nil }
            var counts: [String: Double] = [:]
            var index = 1
            while index < end {
                guard bytes[index] == UInt8(ascii: "\""),
                    let keyEnd = bytes[(index + 1)..<end].firstIndex(of: UInt8(ascii: "\"")),
                    keyEnd + 1 < end, bytes[keyEnd + 1] == UInt8(ascii: ":")
                else { return nil }
                let numberEnd = bytes[(keyEnd + 2)..<end].firstIndex(of: UInt8(ascii: ",")) ?? end
                let number = bytes[(keyEnd + 2)..<numberEnd]
                guard number.allSatisfy(isNumberByte),
                    let count = Double(String(decoding: number, as: UTF8.self)), count.isFinite,
                    counts.updateValue(count, forKey: String(decoding: bytes[(index + 1)..<keyEnd], as: UTF8.self)) == nil
                else { return nil }
                index = numberEnd == end ? end : numberEnd + 1
                if numberEnd < end, index == end { return nil }
            }
            return counts
        }
    }

    /// A byte a JSON number may hold: a digit, a sign, a point or an exponent.
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"),
            UInt8(ascii: "E"):
            true
        default: false
        }
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
