import Foundation

/// What a permission is asked about: the whole installation, one agency, or one unit.
public enum AccessTarget: Sendable {
    case installation
    case instansi(UUID)
    /// A unit, with its agency and the ids of its ancestors (root first, the unit itself excluded).
    case unit(id: UUID, instansiID: UUID, ancestorIDs: [UUID])
    /// One change area (1…6) of a unit, or its non-area part (`area` nil, e.g. the LKE hasil);
    /// a role held for one area (koordinator area) reaches only that area.
    case unitArea(id: UUID, instansiID: UUID, ancestorIDs: [UUID], area: Int?)
}

extension AccessTarget {
    /// The agency the target belongs to (nil for the installation).
    public var instansiID: UUID? {
        switch self {
        case .installation: nil
        case .instansi(let id): id
        case .unit(_, let instansiID, _), .unitArea(_, let instansiID, _, _): instansiID
        }
    }

    /// The unit and its ancestors, for unit targets.
    public var unitPath: (UUID, [UUID])? {
        switch self {
        case .unit(let id, _, let ancestors), .unitArea(let id, _, let ancestors, _): (id, ancestors)
        case .installation, .instansi: nil
        }
    }

    /// The same unit narrowed to one change area.
    public func narrowed(toArea area: Int?) -> AccessTarget {
        switch self {
        case .unit(let id, let instansiID, let ancestors), .unitArea(let id, let instansiID, let ancestors, _):
            .unitArea(id: id, instansiID: instansiID, ancestorIDs: ancestors, area: area)
        case .installation, .instansi:
            self
        }
    }
}
