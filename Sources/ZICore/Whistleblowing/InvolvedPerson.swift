/// A person a whistleblowing report is about.
public struct InvolvedPerson: Codable, Equatable, Sendable {
    /// The name, as the reporter knows it.
    public var name: String
    /// Position or unit (jabatan / unit kerja), when known.
    public var position: String?

    /// A person as described by the reporter.
    public init(name: String, position: String?) {
        self.name = name
        self.position = position
    }
}
