import Fluent
import Foundation
import SQLKit
import Vapor
import ZICore

/// Which part of a unit's register a list shows: the year, a text to search for in the objective,
/// the risk, its cause and its effect, a level (before controls), the order and the page; read
/// from `?year=&q=&level=&sort=score|residual|objective|statement|created&desc=0|1&page=&per=`.
struct RiskRegisterQuery: Sendable {
    /// The orders the register can be listed in.
    enum Sort: String, CaseIterable, Sendable {
        case score, residual, objective, statement, created

        /// The translation key of the order's name.
        var labelKey: String { "risk.sort.\(rawValue)" }
    }

    var year: Int
    var text: String?
    var level: RiskLevel?
    var sort: Sort = .score
    var descending = true
    var page: PageRequest

    init(_ req: Request, matrix: RiskMatrix) throws {
        year = try req.queryYear(default: req.clock.today().year)
        text = req.query[String.self, at: "q"]?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        if let id = req.query[String.self, at: "level"]?.nilIfEmpty {
            guard let level = matrix.levels.first(where: { $0.id == id }) else {
                throw AppError.validation([FieldError(field: "level", key: "validation.choice")])
            }
            self.level = level
        }
        if let name = req.query[String.self, at: "sort"]?.nilIfEmpty {
            guard let sort = Sort(rawValue: name) else { throw AppError.validation([FieldError(field: "sort", key: "validation.choice")]) }
            self.sort = sort
        }
        descending = req.query[String.self, at: "desc"].map { $0 != "0" } ?? (sort == .score || sort == .residual)
        page = try PageRequest(req)
    }

    /// The unit's risks of the year that match the text and the level.
    func filtered(_ unit: WorkUnit, on db: any Database) -> QueryBuilder<Risk> {
        var query = Risk.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year)
        if let level { query = query.filter(\.$score >= level.minScore).filter(\.$score <= level.maxScore) }
        if let text {
            query = query.group(.or) { group in
                group.filter(\.$objective, containsIgnoringCase: text).filter(\.$statement, containsIgnoringCase: text)
                    .filter(\.$cause, containsIgnoringCase: text).filter(\.$effect, containsIgnoringCase: text)
            }
        }
        return query
    }

    /// One page of the matching risks in the chosen order, and how many match.
    func page(_ unit: WorkUnit, on db: any Database) async throws -> (risks: [Risk], total: Int) {
        let query = filtered(unit, on: db)
        let total = try await query.count()
        let direction: DatabaseQuery.Sort.Direction = descending ? .descending : .ascending
        switch sort {
        case .score: query.sort(\.$score, direction)
        case .residual: query.sort(\.$residualScore, direction).sort(\.$score, direction)
        case .objective: query.sort(\.$objective, direction)
        case .statement: query.sort(\.$statement, direction)
        case .created: query.sort(\.$createdAt, direction)
        }
        let risks = try await query.sort(\.$createdAt).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        return (risks, total)
    }

    /// The ratings of every risk of the unit's register for `year` (whatever the filters), read
    /// with plain SQL: the heat maps need only these four columns.
    static func ratings(_ unit: WorkUnit, year: Int, on db: any Database) async throws -> [RatedRisk] {
        struct Row: Decodable {
            let id: UUID
            let likelihood: Int
            let impact: Int
            let residual_likelihood: Int?
            let residual_impact: Int?
        }
        let rows = try await (db as! any SQLDatabase).select()
            .columns("id", "likelihood", "impact", "residual_likelihood", "residual_impact").from(Risk.schema)
            .where("unit_id", .equal, SQLBind(unit.id!)).where("year", .equal, SQLBind(year)).where("deleted_at", .is, SQLLiteral.null)
            .all(decoding: Row.self)
        return rows.map { row in
            var residual: RiskCell?
            if let likelihood = row.residual_likelihood, let impact = row.residual_impact {
                residual = RiskCell(likelihood: likelihood, impact: impact)
            }
            return RatedRisk(id: row.id.uuidString, inherent: RiskCell(likelihood: row.likelihood, impact: row.impact), residual: residual)
        }
    }
}

extension String {
    /// `nil` for an empty text.
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
