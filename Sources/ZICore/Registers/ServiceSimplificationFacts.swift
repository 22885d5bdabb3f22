/// The unit's registered licences and services and those made simpler (faster, integrated,
/// shorter, joined to an application), by row id (register ``IntegrityRegister/layanan``;
/// ``RegisterLKESuggestions/services(_:)``).
public struct ServiceSimplificationFacts: Sendable, Codable, Equatable {
    /// The registered licences and services.
    public var registeredIDs: [String]
    /// Of those, the ones simplified; ids that are not among ``registeredIDs`` are not counted.
    public var simplifiedIDs: [String]

    /// Facts with both lists given.
    public init(registeredIDs: [String], simplifiedIDs: [String]) {
        self.registeredIDs = registeredIDs
        self.simplifiedIDs = simplifiedIDs
    }
}
