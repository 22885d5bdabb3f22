import Fluent
import Foundation
import Vapor
import ZICore

/// Which questions of an assessment, or which actions of a plan, have evidence — per area,
/// with the evidence of each and the ones still without.
struct EvidenceCoverage: Content {
    /// A question or an action with the evidence linked to it.
    struct Target: Content {
        let id: String
        let text: String
        let evidence: [Linked]
    }

    /// Evidence as listed under its target.
    struct Linked: Content {
        let evidenceID: UUID
        let linkID: UUID
        let title: String
        let reviewStatus: String
        let reviewStatusLabel: String
    }

    /// An area's targets and how many have evidence.
    struct Area: Content {
        let name: String
        let total: Int
        let covered: Int
        let targets: [Target]
    }

    let areas: [Area]

    /// The questions of `assessment`, grouped by change area (hasil last).
    static func of(_ assessment: Assessment, catalog: LKECatalog.Entry, on db: any Database) async throws -> EvidenceCoverage {
        let links = try await liveLinks(try await EvidenceLink.query(on: db).filter(\.$assessment.$id == assessment.id!).all(), on: db)
        let byQuestion = Dictionary(grouping: links, by: { $0.0.questionID ?? "" })
        let names = Dictionary(uniqueKeysWithValues: catalog.framework.areas.map { ($0.id, "\($0.id). \($0.name)") })
        let grouped = Dictionary(grouping: catalog.template.questions, by: { $0.area.flatMap { names[$0] } ?? "Hasil" })
        let order = catalog.framework.areas.map { "\($0.id). \($0.name)" } + ["Hasil"]
        return EvidenceCoverage(
            areas: order.compactMap { name in
                grouped[name].map { questions in
                    area(name, questions.map { ($0.id, $0.text) }, linked: { byQuestion[$0] ?? [] })
                }
            })
    }

    /// The actions of `tree`, grouped by the plan's areas.
    static func of(_ tree: PlanTree, on db: any Database) async throws -> EvidenceCoverage {
        let actionIDs = tree.actions.compactMap(\.row.id)
        let links =
            actionIDs.isEmpty
            ? []
            : try await liveLinks(
                try await EvidenceLink.query(on: db).filter(\.$action.$id ~~ actionIDs).all(), on: db)
        let byAction = Dictionary(grouping: links, by: { $0.0.$action.id?.uuidString ?? "" })
        return EvidenceCoverage(
            areas: tree.areas.map { area in
                let actions = area.indicators.flatMap(\.actions).map { ($0.row.id!.uuidString, $0.row.langkahAksi) }
                return Self.area(area.row.name, actions, linked: { byAction[$0] ?? [] })
            })
    }

    private static func area(
        _ name: String, _ targets: [(String, String)],
        linked: (String) -> [(EvidenceLink, Evidence)]
    ) -> Area {
        let names = RequestNames.current
        let rows = targets.map { id, text in
            Target(
                id: id, text: text,
                evidence: linked(id).map {
                    Linked(
                        evidenceID: $0.1.id!, linkID: $0.0.id!, title: $0.1.title, reviewStatus: $0.0.reviewStatus,
                        reviewStatusLabel: names(EvidenceReviewStatus.self, raw: $0.0.reviewStatus))
                })
        }
        return Area(name: name, total: rows.count, covered: rows.filter { !$0.evidence.isEmpty }.count, targets: rows)
    }

    /// The links whose evidence is not deleted, each with its evidence.
    private static func liveLinks(_ links: [EvidenceLink], on db: any Database) async throws -> [(EvidenceLink, Evidence)] {
        guard !links.isEmpty else { return [] }
        let evidence = Dictionary(
            uniqueKeysWithValues: try await Evidence.query(on: db)
                .filter(\.$id ~~ Set(links.map { $0.$evidence.id })).all().map { ($0.id!, $0) })
        return links.compactMap { link in evidence[link.$evidence.id].map { (link, $0) } }
    }
}
