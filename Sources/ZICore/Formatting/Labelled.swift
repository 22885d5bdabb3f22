import Foundation

/// A closed set of values people see by name: a status, a kind, a channel. The names are UI
/// text, so they live in the server's locale files under ``labelKey`` (Indonesian and English),
/// not in the domain.
public protocol Labelled: RawRepresentable, CaseIterable {
    /// The key group of the type's names: `complaint_status` gives `label.complaint_status.diterima`.
    static var labelGroup: String { get }
}

extension Labelled {
    /// The locale key of this value's name.
    public var labelKey: String { "label.\(Self.labelGroup).\(rawValue)" }

    /// The locale keys of every value's name, in case order.
    public static var labelKeys: [String] { allCases.map(\.labelKey) }
}

/// The names of ``Labelled`` values (and of monitoring periods) in one language. The server
/// builds it from its locale files — in the request's language for pages and the API, in
/// Indonesian for official documents — and hands it to whatever shows a name.
public struct LabelNames: Sendable {
    private let lookup: @Sendable (String) -> String

    /// Names looked up by locale key.
    public init(_ lookup: @escaping @Sendable (String) -> String) {
        self.lookup = lookup
    }

    /// Names read from one locale file (a JSON object of key → text); a key it lacks stays a key.
    public init(contentsOf file: URL) throws {
        let table = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
        self.init { table[$0] ?? $0 }
    }

    /// The name of `value`.
    public func callAsFunction(_ value: some Labelled) -> String {
        lookup(value.labelKey)
    }

    /// The name of `value`, or `raw` itself when it is not a known value of the type.
    public func callAsFunction<Value: Labelled>(_ type: Value.Type, raw: String) -> String where Value.RawValue == String {
        Value(rawValue: raw).map { lookup($0.labelKey) } ?? raw
    }

    /// The name behind a locale key.
    public func callAsFunction(key: String) -> String {
        lookup(key)
    }
}
