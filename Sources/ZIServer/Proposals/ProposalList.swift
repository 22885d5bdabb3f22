import Fluent
import Vapor
import ZICore

/// An agency's proposal round of a year: every unit with where its assessment stands, what it
/// lacks for each category, and whether it is proposed; the cut-off and the confirmation.
struct ProposalList: Content, Sendable {
    /// One unit of the agency.
    struct Line: Content, Sendable {
        let unitID: UUID
        let code: String
        let name: String
        let depth: Int
        /// The assessment the eligibility is read from (the concluded one recommending TPN first).
        let assessmentID: UUID?
        let framework: String?
        let total: Double?
        let status: Assessment.Status?
        let recommendation: Assessment.Recommendation?
        let holdsWBK: Bool
        /// The category the unit is proposed in, if it is.
        let kategori: ProposalCategory?
        let afirmasi: Bool
        /// What the unit lacks, per category (`WBK`, `WBK-AFIRMASI`, `WBBM`); empty: may be proposed.
        let gaps: [String: [ProposalEligibility.Gap]]
    }

    let instansi: InstansiDTO
    let year: Int
    /// `YYYY-MM-DD`: the last day the list can change.
    let cutoff: String?
    /// Whether the cut-off has passed (the list can no longer change).
    let frozen: Bool
    /// When the agency admin confirmed the list; only a confirmed list reaches PortalRB.
    let confirmedAt: Date?
    let confirmedBy: String?
    let lines: [Line]

    /// The round of `instansi` in `year`, as of `today`.
    static func load(_ instansi: Instansi, year: Int, today: CalendarDate, on db: any Database) async throws -> ProposalList {
        let id = instansi.id!
        let units = try await WorkUnit.query(on: db).filter(\.$instansi.$id == id).sort(\.$path).all()
        let assessments = try await Assessment.query(on: db)
            .join(WorkUnit.self, on: \Assessment.$unit.$id == \WorkUnit.$id)
            .filter(WorkUnit.self, \.$instansi.$id == id).filter(\.$year == year).all()
        let proposals = try await UnitProposal.query(on: db).filter(\.$instansi.$id == id).filter(\.$year == year).all()
        let round = try await ProposalRound.query(on: db).filter(\.$instansi.$id == id).filter(\.$year == year).first()
        let byUnit = Dictionary(grouping: assessments, by: { $0.$unit.id })
        let proposed = Dictionary(proposals.map { ($0.$unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lines = units.map { unit in
            let assessment = byUnit[unit.id!].flatMap(Self.deciding)
            let conclusion = assessment.map {
                ProposalEligibility.Conclusion(
                    concluded: $0.status == .concluded, recommendsTPN: $0.recommendation == .usulkanTPN, holdsWBK: $0.holdsWBK)
            }
            let proposal = proposed[unit.id!]
            return Line(
                unitID: unit.id!, code: unit.code, name: unit.name, depth: unit.depth, assessmentID: assessment?.id,
                framework: assessment?.frameworkID, total: assessment?.scoreTotal, status: assessment?.status,
                recommendation: assessment?.recommendation, holdsWBK: assessment?.holdsWBK ?? false,
                kategori: proposal.flatMap { ProposalCategory(rawValue: $0.category) }, afirmasi: proposal?.afirmasi ?? false,
                gaps: Dictionary(
                    uniqueKeysWithValues: ProposalCategory.allCases.map { ($0.rawValue, ProposalEligibility.gaps(for: $0, conclusion)) }))
        }
        let cutoff = round?.cutoff
        return ProposalList(
            instansi: InstansiDTO(instansi), year: year, cutoff: cutoff, frozen: Self.isFrozen(cutoff: cutoff, today: today),
            confirmedAt: round?.confirmedAt, confirmedBy: round?.confirmedBy, lines: lines)
    }

    /// Whether a round with `cutoff` is frozen on `today` (the day after the cut-off).
    static func isFrozen(cutoff: String?, today: CalendarDate) -> Bool {
        cutoff.flatMap { CalendarDate(iso: $0) }.map { today > $0 } ?? false
    }

    /// Of a unit's assessments of the year, the one that decides: a concluded one recommending
    /// TPN if there is one, else a concluded one, else the most recently created.
    static func deciding<Candidate: DecidingAssessmentCandidate>(_ assessments: [Candidate]) -> Candidate? {
        assessments.first { $0.status == .concluded && $0.recommendation == .usulkanTPN }
            ?? assessments.first { $0.status == .concluded }
            ?? assessments.max { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }
    }
}

/// What ``ProposalList/deciding(_:)`` weighs of an assessment: a loaded ``Assessment``, or the
/// few columns PortalRB's fetch reads.
protocol DecidingAssessmentCandidate {
    var status: Assessment.Status { get }
    var recommendation: Assessment.Recommendation? { get }
    var createdAt: Date? { get }
}

extension Assessment: DecidingAssessmentCandidate {}
