import Foundation
import Vapor
import ZICore

/// The UI text of SIZI in each supported language, loaded from `Resources/Locales/<code>/*.json`
/// (one file per area of the product: `common.json`, `plan.json`, `public.json` …).
///
/// Indonesian (`id`) is the default and the reference: every key must exist there. A key
/// defined in two files of one language is refused at start.
struct Translations: Sendable {
    static let defaultLocale = "id"
    static let supported = ["id", "en"]

    private let tables: [String: [String: String]]

    init(directory: URL) throws {
        var tables: [String: [String: String]] = [:]
        for locale in Self.supported {
            let folder = directory.appendingPathComponent(locale)
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            var table: [String: String] = [:]
            for file in files {
                let entries = try JSONDecoder().decode([String: String].self, from: try Data(contentsOf: file))
                if let duplicate = entries.keys.first(where: { table[$0] != nil }) {
                    throw TranslationsError.duplicateKey(duplicate, locale: locale, file: file.lastPathComponent)
                }
                table.merge(entries) { first, _ in first }
            }
            tables[locale] = table
        }
        self.tables = tables
    }

    /// All keys of a locale (used by tests to check that the tables match).
    func keys(of locale: String) -> Set<String> {
        Set(tables[locale]?.keys ?? [:].keys)
    }

    /// The text for a key, with `{0}`, `{1}` … replaced; falls back to Indonesian, then to the key itself.
    /// An argument that is a name's key (`label.…`, see ``LabelNames``) is replaced by the name, so
    /// a service can name a status in an error without knowing the reader's language.
    func text(_ key: String, locale: String, _ arguments: [String] = []) -> String {
        var text = lookup(key, locale: locale) ?? key
        for (index, argument) in arguments.enumerated() {
            let shown = argument.hasPrefix("label.") ? lookup(argument, locale: locale) ?? argument : argument
            text = text.replacingOccurrences(of: "{\(index)}", with: shown)
        }
        return text
    }

    private func lookup(_ key: String, locale: String) -> String? {
        tables[locale]?[key] ?? tables[Self.defaultLocale]?[key]
    }

    /// Picks the locale of a request: `?lang=`, then the `sizi_lang` cookie (the ID/EN switch).
    /// Pages are Indonesian unless the user chose English, whatever language the browser itself
    /// is set to; API clients may ask for English with `Accept-Language: en`.
    static func locale(of req: Request) -> String {
        if let lang = req.query[String.self, at: "lang"], supported.contains(lang) { return lang }
        if let lang = req.cookies["sizi_lang"]?.string, supported.contains(lang) { return lang }
        let accepted = req.headers.first(name: .acceptLanguage) ?? ""
        if req.url.path.hasPrefix("/api/"), accepted.lowercased().hasPrefix("en") { return "en" }
        return defaultLocale
    }
}

extension Translations {
    /// The names of statuses, kinds and periods (``Labelled`` values) in `locale`.
    func names(_ locale: String) -> LabelNames {
        let tables = self
        return LabelNames { tables.text($0, locale: locale) }
    }
}

/// Why the translation tables could not be loaded.
enum TranslationsError: Error, CustomStringConvertible {
    case duplicateKey(String, locale: String, file: String)

    var description: String {
        switch self {
        case .duplicateKey(let key, let locale, let file): "\(locale)/\(file): the key \(key) is already defined in another file"
        }
    }
}

extension Application {
    private struct TranslationsKey: StorageKey { typealias Value = Translations }

    /// The loaded translation tables.
    var translations: Translations {
        get { storage[TranslationsKey.self]! }
        set { storage[TranslationsKey.self] = newValue }
    }

    /// The names of statuses, kinds and periods in official documents and stored texts:
    /// Indonesian, whatever the reader's language.
    var documentNames: LabelNames { translations.names(Translations.defaultLocale) }
}

extension Request {
    /// The language this request is answered in, worked out once per request: a page asks for it
    /// at every `#t`, and reading the query string and the cookies each time cost a third of Leaf's
    /// rendering time.
    var locale: String {
        if let known = storage[LocaleKey.self] { return known }
        let locale = Translations.locale(of: self)
        storage[LocaleKey.self] = locale
        return locale
    }

    private struct LocaleKey: StorageKey { typealias Value = String }

    /// The names of statuses, kinds and periods in the request's language.
    var names: LabelNames { application.translations.names(locale) }

    /// Translates a key into the request's language.
    func t(_ key: String, _ arguments: [String] = []) -> String {
        application.translations.text(key, locale: locale, arguments)
    }
}
