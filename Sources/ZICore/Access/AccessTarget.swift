import Foundation

/// What a permission is asked about: the whole installation, one agency, or one unit.
public enum AccessTarget: Sendable {
    case installation
    case instansi(UUID)
    /// A unit, with its agency and the ids of its ancestors (root first, the unit itself excluded).
    case unit(id: UUID, instansiID: UUID, ancestorIDs: [UUID])
}
