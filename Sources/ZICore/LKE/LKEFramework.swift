/// A complete LKE (Lembar Kerja Evaluasi) framework, loaded from a JSON data file.
///
/// The framework is the regulation's worksheet as data: a tree of weighted nodes
/// (komponen → kriteria → area → sub-indikator → pertanyaan), the six change areas
/// with their total weights, and the predicate rules (e.g. Menuju WBK / WBBM).
/// See `Resources/frameworks/README.md` for the file format.
public struct LKEFramework: Codable, Sendable, Equatable {
    /// Stable identifier, e.g. `permenpanrb-90-2021`; answer files refer to it.
    public var id: String
    /// Version of the data file (not of the regulation).
    public var version: String
    /// Human title of the worksheet.
    public var title: String
    /// Where the worksheet comes from.
    public var regulation: LKERegulation
    /// The score of a perfect assessment; the komponen weights must add up to it.
    public var maxScore: Double
    /// How an area's weight is split over its parts (one part per kriteria).
    public var areaSplit: LKEAreaSplit
    /// The change areas (area pengungkit) and their total weights.
    public var areas: [LKEAreaDefinition]
    /// The komponen nodes, in the regulation's order.
    public var children: [LKENode]
    /// The predicates a unit can be awarded, with their conditions.
    public var predicates: [LKEPredicateRule]
    /// The option values the worksheet states, where they differ from the even spacing.
    public var optionValues: LKEOptionScale? = nil
    /// The year of the evaluation this worksheet is for, from that year on (LKE ZI 2026: 2026).
    public var fromYear: Int? = nil
}

/// The regulation an LKE framework encodes.
public struct LKERegulation: Codable, Sendable, Equatable {
    /// Full title of the regulation.
    public var name: String
    /// Short citation, e.g. `PermenPANRB 90/2021`.
    public var shortName: String
    /// The part of the regulation holding the worksheet.
    public var worksheet: String
    /// The part of the regulation holding the predicate thresholds.
    public var thresholds: String
}

/// One change area (area pengungkit) with its total weight across all kriteria.
public struct LKEAreaDefinition: Codable, Sendable, Equatable {
    /// The area's number as a string (`"1"` … `"6"`); area nodes refer to it.
    public var id: String
    /// The area's name.
    public var name: String
    /// The area's total weight (sum of its parts).
    public var weight: Double
}

/// How an area's weight is divided among the area nodes that refer to it.
public enum LKEAreaSplit: String, Codable, Sendable {
    /// Every part carries the same share (PermenPANRB 90/2021: 50 % pemenuhan, 50 % reform).
    case equal
    /// Parts may carry any share, as long as they add up to the area's weight.
    case free
}

extension LKEFramework {
    /// The value of every option: the stated ``optionValues`` or the even spacing.
    public var optionScale: LKEOptionScale { optionValues ?? .evenlySpaced }

    /// Every question of the framework, in document order.
    public var questions: [LKEQuestion] {
        children.flatMap(\.questions)
    }

    /// Every node (groups and questions), in document order.
    public var allNodes: [LKENode] {
        children.flatMap(\.descendantsAndSelf)
    }

    /// The node with the given id, if any.
    public func node(withId id: String) -> LKENode? {
        allNodes.first { $0.id == id }
    }

    /// The question with the given id, if any.
    public func question(withId id: String) -> LKEQuestion? {
        questions.first { $0.id == id }
    }

    /// The area groups (level `area`) that refer to the given area id.
    public func areaParts(of areaId: String) -> [LKEGroup] {
        allNodes.compactMap { node in
            if case .group(let group) = node, group.level == .area, group.area == areaId { group } else { nil }
        }
    }

    /// The komponen that plays the given role (pengungkit / hasil), if any.
    public func component(withRole role: LKEComponentRole) -> LKEGroup? {
        children.lazy.compactMap { node -> LKEGroup? in
            if case .group(let group) = node, group.role == role { group } else { nil }
        }.first
    }
}

extension LKEFramework {
    /// Of `frameworks`, the one an evaluation in `year` uses: the latest whose ``fromYear`` is
    /// not after `year`; for earlier years, the first (by id) that states no year — so 2026
    /// uses the LKE ZI 2026 master and 2025 keeps PermenPANRB 90/2021.
    public static func applicable(to year: Int, among frameworks: [LKEFramework]) -> LKEFramework? {
        let dated = frameworks.filter { ($0.fromYear ?? .max) <= year }
        if let latest = dated.max(by: { ($0.fromYear!, $1.id) < ($1.fromYear!, $0.id) }) { return latest }
        return frameworks.filter { $0.fromYear == nil }.min { $0.id < $1.id }
    }
}
