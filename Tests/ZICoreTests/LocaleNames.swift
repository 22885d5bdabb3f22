import Foundation
import ZICore

/// The names the server shows, read from its locale files: rules that name values in their
/// sentences (gratification reasons, the SKM summary) are tested with the real Indonesian ones.
enum LocaleNames {
    static let indonesian = names("id")
    static let english = names("en")

    private static func names(_ locale: String) -> LabelNames {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Sources/ZIServer/Resources/Locales/\(locale)/labels.json")
        do {
            return try LabelNames(contentsOf: file)
        } catch {
            fatalError("cannot read \(file.path): \(error)")
        }
    }
}
