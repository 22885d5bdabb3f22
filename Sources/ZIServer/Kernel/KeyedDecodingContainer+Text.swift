extension KeyedDecodingContainer {
    /// A field as text, whether it came as text (a form, or JSON `"3"`) or as a JSON number (`3`),
    /// so a rating typed either way is checked — and shown again — the same way.
    func textOrNumber(_ key: Key) throws -> String? {
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return String(number) }
        return try decodeIfPresent(String.self, forKey: key)
    }
}
