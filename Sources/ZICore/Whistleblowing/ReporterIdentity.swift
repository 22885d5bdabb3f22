/// Who the reporter is, given only by choice; encrypted with the report like everything else.
public struct ReporterIdentity: Codable, Equatable, Sendable {
    /// The reporter's name.
    public var name: String
    /// How to reach the reporter (telephone or e-mail), when given.
    public var contact: String?

    /// An identity as given by the reporter.
    public init(name: String, contact: String?) {
        self.name = name
        self.contact = contact
    }
}
