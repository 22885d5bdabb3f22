/// The WordprocessingML main namespace, bound to the `w:` prefix in every part.
enum WordMLNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
}
