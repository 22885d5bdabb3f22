/// Whether a unit may be proposed to KemenPANRB (PermenPANRB 90/2021 Bab IV: the TPI evaluates
/// and the agency proposes the units it recommends).
///
/// A unit may be proposed when its assessment of the year is concluded by the TPI with the
/// recommendation "usulkan ke TPN"; for Menuju WBBM it must also hold Menuju WBK already.
public enum ProposalEligibility {
    /// What the unit's assessment of the year says, if it has one.
    public struct Conclusion: Sendable, Equatable {
        public let concluded: Bool
        public let recommendsTPN: Bool
        public let holdsWBK: Bool

        public init(concluded: Bool, recommendsTPN: Bool, holdsWBK: Bool) {
            self.concluded = concluded
            self.recommendsTPN = recommendsTPN
            self.holdsWBK = holdsWBK
        }
    }

    /// Something a unit lacks before it can be proposed.
    public enum Gap: String, Codable, Sendable, CaseIterable, Labelled {
        /// No assessment for the year.
        case noAssessment = "no_assessment"
        /// The TPI has not concluded the assessment.
        case notConcluded = "not_concluded"
        /// The TPI concluded "perlu perbaikan", not "usulkan ke TPN".
        case notRecommended = "not_recommended"
        /// Menuju WBBM needs Menuju WBK held.
        case noWBK = "no_wbk"

        public static let labelGroup = "proposal_gap"
    }

    /// What `conclusion` lacks for `category`; empty when the unit may be proposed.
    public static func gaps(for category: ProposalCategory, _ conclusion: Conclusion?) -> [Gap] {
        guard let conclusion else { return category == .wbbm ? [.noAssessment, .noWBK] : [.noAssessment] }
        var gaps: [Gap] = []
        if !conclusion.concluded {
            gaps.append(.notConcluded)
        } else if !conclusion.recommendsTPN {
            gaps.append(.notRecommended)
        }
        if category == .wbbm && !conclusion.holdsWBK { gaps.append(.noWBK) }
        return gaps
    }
}
