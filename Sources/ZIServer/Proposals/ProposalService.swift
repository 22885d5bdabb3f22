import Fluent
import Vapor
import ZICore

/// The agency's list of units proposed to KemenPANRB for a year: replaced as a whole, checked
/// unit by unit against ``ProposalEligibility``, confirmed by the agency admin, frozen after the
/// cut-off date; every change audited.
enum ProposalService {
    /// The most units one list may hold (an agency has at most a few thousand units).
    static let maxUnits = 2_000

    /// The list as sent: the cut-off, whether to confirm it, and the proposed units.
    struct Input: Content, Sendable {
        /// One proposed unit: `kategori` is `WBK`, `WBK-AFIRMASI` or `WBBM`.
        struct Entry: Content, Sendable {
            var unitID: UUID?
            var kategori: String?
            var afirmasi: Bool?
        }

        var cutoff: String?
        var confirm: Bool?
        var units: [Entry]?
    }

    /// Replaces the round's list; with `confirm` the agency admin confirms it, otherwise a change
    /// leaves it unconfirmed. Refused (409) once the cut-off has passed.
    static func save(
        _ input: Input, instansi: Instansi, year: Int, today: CalendarDate, by actor: AuditActor, on db: any Database
    ) async throws {
        let id = instansi.id!
        let round =
            try await ProposalRound.query(on: db).filter(\.$instansi.$id == id).filter(\.$year == year).first() ?? ProposalRound()
        if ProposalList.isFrozen(cutoff: round.cutoff, today: today) { throw AppError.conflict("proposals_frozen") }
        var v = Validator()
        let cutoff = v.optional("cutoff", input.cutoff, max: 10)
        if let cutoff, CalendarDate(iso: cutoff) == nil { v.add("cutoff", "validation.date") }
        let entries = input.units ?? []
        if entries.count > maxUnits { v.add("units", "validation.too_many", [String(maxUnits)]) }
        try v.check()
        let current = try await ProposalList.load(instansi, year: year, today: today, on: db)
        let lines = Dictionary(current.lines.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        var chosen: [(line: ProposalList.Line, category: ProposalCategory, afirmasi: Bool)] = []
        for (index, entry) in entries.enumerated() {
            let field = "units[\(index)]"
            guard let unitID = entry.unitID, let line = lines[unitID] else {
                v.add("\(field).unitID", "validation.unit_unknown")
                continue
            }
            guard let category = entry.kategori.flatMap(ProposalCategory.init(rawValue:)) else {
                v.add("\(field).kategori", "validation.choice")
                continue
            }
            if chosen.contains(where: { $0.line.unitID == unitID }) {
                v.add("\(field).unitID", "validation.proposal_duplicate", [line.code])
                continue
            }
            let gaps = line.gaps[category.rawValue] ?? []
            if !gaps.isEmpty {
                v.add("\(field).kategori", "validation.proposal_gap", [line.code, category.rawValue, gaps[0].labelKey])
                continue
            }
            chosen.append((line, category, (entry.afirmasi ?? false) || category.isAffirmation))
        }
        try v.check()
        try await UnitProposal.query(on: db).filter(\.$instansi.$id == id).filter(\.$year == year).delete()
        for choice in chosen {
            let proposal = UnitProposal()
            proposal.$instansi.id = id
            proposal.$unit.id = choice.line.unitID
            proposal.year = year
            proposal.category = choice.category.rawValue
            proposal.afirmasi = choice.afirmasi
            try await proposal.create(on: db)
        }
        let confirm = input.confirm ?? false
        round.$instansi.id = id
        round.year = year
        round.cutoff = cutoff ?? round.cutoff
        round.confirmedAt = confirm ? AppClock.current.now() : nil
        round.confirmedBy = confirm ? actor.name : nil
        try await round.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "proposals", entityID: round.id?.uuidString, action: confirm ? "confirm" : "update", instansiID: id,
                after: [
                    "year": String(year), "cutoff": round.cutoff ?? "",
                    "units": chosen.map { "\($0.line.code):\($0.category.rawValue)\($0.afirmasi ? "+afirmasi" : "")" }
                        .joined(separator: ","),
                ]), by: actor, on: db)
    }

    /// The unit `unitID` if it is on the agency's confirmed list of the year (either predicate).

    /// The confirmed units of `predicate` (`wbk`: WBK and WBK-AFIRMASI; `wbbm`), with their units,
    /// or nil when the agency has no confirmed list for the year.
    static func confirmed(
        instansiID: UUID, year: Int, predicate: String, on db: any Database
    ) async throws -> [(UnitProposal, WorkUnit)]? {
        let round = try await ProposalRound.query(on: db).filter(\.$instansi.$id == instansiID).filter(\.$year == year).first()
        guard round?.confirmedAt != nil else { return nil }
        let proposals = try await UnitProposal.query(on: db).filter(\.$instansi.$id == instansiID).filter(\.$year == year)
            .with(\.$unit).all()
        return proposals.filter { ProposalCategory(rawValue: $0.category)?.predicate == predicate }
            .sorted { $0.unit.path < $1.unit.path }.map { ($0, $0.unit) }
    }
}
