/// Long secrets shown to be typed: groups of four characters.
enum TypedGroups {
    static func fours(_ text: String) -> String {
        stride(from: 0, to: text.count, by: 4).map { start in
            String(text.dropFirst(start).prefix(4))
        }.joined(separator: " ")
    }
}
