/// A `next=` target that can only lead back into SIZI: an absolute path on this host.
///
/// Browsers ignore tabs and line breaks in URLs and read `\` as `/`, so `/\t/evil.example`
/// would become `//evil.example`, another host. Anything but a plain path falls back to `/`.
enum LocalRedirectPath {
    static func sanitized(_ next: String?) -> String {
        guard let next, next.utf8.count <= 2048, next.hasPrefix("/"),
            !next.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\\" }),
            !next.dropFirst().hasPrefix("/")
        else { return SitePath.home.path() }
        return next
    }
}
