import Foundation

/// Safe names for evidence files: the name shown to people, and the names of entries in an
/// exported ZIP archive.
public enum EvidenceFileName {
    /// The longest display name, in characters.
    static let maxDisplayLength = 200
    /// The longest component of an archive path, in characters.
    static let maxComponentLength = 100
    /// Characters Windows, macOS or Linux do not allow in a file name.
    private static let forbiddenCharacters: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
    /// Names Windows reserves for devices, whatever extension follows them.
    private static let reservedNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
            + ["COM", "LPT"].flatMap { device in
                (Array("0123456789") + ["¹", "²", "³"]).map { device + String($0) }
            }
    )

    /// The name to keep and show for an uploaded file named `raw`, or nil if none is left.
    ///
    /// Keeps every letter (Indonesian names, spaces, parentheses, dashes) but drops any
    /// directory part (after `/` or `\`), control and invisible formatting characters (such as
    /// the right-to-left override that disguises an extension) and leading dots; runs of
    /// whitespace become one space; the name is cut to 200 characters, keeping its extension.
    /// `.` and `..` leave nothing.
    public static func displayName(_ raw: String) -> String? {
        let lastComponent = raw.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }.last ?? ""
        let name = withoutLeadingDots(plainText(String(lastComponent)))
        guard !name.isEmpty else { return nil }
        return BoundedName.fitted(name, limit: maxDisplayLength, keepingExtension: true)
    }

    /// `text` as one component of a path inside a ZIP archive, safe to extract on Windows,
    /// macOS and Linux.
    ///
    /// The characters `/ \ : * ? " < > |` become `_`; control and formatting characters go,
    /// whitespace runs become one space; leading dots and spaces (hidden files, `..`) and
    /// trailing dots and spaces go; a Windows device name (`CON`, `prn.txt`, `COM1`, …) gets a
    /// leading `_`. The result has at most 100 characters and is never empty (`_`).
    public static func archivePathComponent(_ text: String) -> String {
        archiveComponent(text, limit: maxComponentLength, keepingExtension: false)
    }

    /// Like ``archivePathComponent(_:)``, cut to `limit` characters (at least 30) with `suffix`
    /// added; with `keepingExtension` the extension survives the cut and follows the suffix.
    static func archiveComponent(_ text: String, limit: Int, keepingExtension: Bool, suffix: String = "") -> String {
        let replaced = String(text.map { forbiddenCharacters.contains($0) ? "_" : $0 })
        var name = withoutTrailingDots(withoutLeadingDots(plainText(replaced)))
        if isReserved(name) { name = "_" + name }
        if name.isEmpty { name = "_" }
        return withoutTrailingDots(BoundedName.fitted(name, limit: limit, keepingExtension: keepingExtension, suffix: suffix))
    }

    /// `text` in composed form (NFC) without control or formatting characters, each run of
    /// whitespace replaced by one space, and trimmed.
    private static func plainText(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var spacePending = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                spacePending = !result.isEmpty
                continue
            }
            switch scalar.properties.generalCategory {
            case .control, .format: continue
            default: break
            }
            if spacePending { result.append(" ") }
            spacePending = false
            result.append(scalar)
        }
        return String(result)
    }

    private static func withoutLeadingDots(_ name: String) -> String {
        String(name.drop { $0 == "." || $0 == " " })
    }

    private static func withoutTrailingDots(_ name: String) -> String {
        var name = name
        while name.last == "." || name.last == " " { name.removeLast() }
        return name
    }

    /// Whether Windows takes `name` for a device: the part before its first dot, without
    /// trailing spaces, is a reserved name in any case.
    private static func isReserved(_ name: String) -> Bool {
        let base = name.prefix { $0 != "." }.uppercased()
        return reservedNames.contains(withoutTrailingDots(base))
    }
}
