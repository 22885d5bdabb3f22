import Crypto
import Foundation
import ZICore

/// What an assessment read shows of its answers — both scores with their verdicts and the gap
/// analysis toward the target — kept by a digest of the stored answers, the framework, the target
/// and what the unit holds. Scoring twice and solving the gap was the dearest part of every
/// assessment read (a third of the API's CPU), while the answers change only when someone saves.
/// Keyed by content, a kept result is never stale; entries expire only to bound memory.
enum AssessmentScoreCache {
    /// The scores and the gap of one answer set.
    struct Scored: Sendable {
        let official: LKEScoreReport
        let selfScore: LKEScoreReport
        /// The fewest answer upgrades to reach the target; nil when already eligible (or when the
        /// answers do not fit the framework).
        let gap: LKEGapPlan?
    }

    private static let results = ExpiringCache<String, Scored>(lifetime: 3600, capacity: 2000)

    static func scored(_ rows: [StoredAnswer], catalog: LKECatalog.Entry, target: String, held: Set<String>) throws -> Scored {
        let key = digest(rows, framework: catalog.framework.id, target: target, held: held)
        return try results.value(for: key) { try score(rows, catalog: catalog, target: target, held: held) }
    }

    private static func score(_ rows: [StoredAnswer], catalog: LKECatalog.Entry, target: String, held: Set<String>) throws -> Scored {
        let official = AssessmentScoring.answers(rows, source: .official)
        let officialScore = try catalog.scorer.score(official)
        let verdicts = LKEPredicateEvaluator.evaluate(officialScore, framework: catalog.framework, held: held)
        let selfScore = try catalog.scorer.score(AssessmentScoring.answers(rows, source: .selfAssessment))
        let gap =
            verdicts.first(where: { $0.predicate == target })?.eligible == true
            ? nil
            : try? LKEGapAnalysis.plan(scorer: catalog.scorer, answers: official, score: officialScore, predicate: target, held: held)
        return Scored(
            official: LKEScoreReport(score: officialScore, predicates: verdicts),
            selfScore: LKEScoreReport(
                score: selfScore, predicates: LKEPredicateEvaluator.evaluate(selfScore, framework: catalog.framework, held: held)),
            gap: gap)
    }

    private static func digest(_ rows: [StoredAnswer], framework: String, target: String, held: Set<String>) -> String {
        var hash = SHA256()
        hash.update(data: Data("\(framework)\u{1F}\(target)\u{1F}\(held.sorted().joined(separator: ","))\u{1E}".utf8))
        for row in rows.sorted(by: { $0.questionID < $1.questionID }) where row.selfAnswer != nil || row.tpiAnswer != nil {
            hash.update(data: Data("\(row.questionID)\u{1F}\(row.selfAnswer ?? "")\u{1F}\(row.tpiAnswer ?? "")\u{1E}".utf8))
        }
        return Tokens.hex(hash.finalize())
    }
}
