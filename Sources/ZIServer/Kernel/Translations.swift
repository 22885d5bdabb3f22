import Foundation
import Vapor

/// The UI text of SIZI in each supported language, loaded from `Resources/Locales/<code>.json`.
///
/// Indonesian (`id`) is the default and the reference: every key must exist there.
struct Translations: Sendable {
    static let defaultLocale = "id"
    static let supported = ["id", "en"]

    private let tables: [String: [String: String]]

    init(directory: URL) throws {
        var tables: [String: [String: String]] = [:]
        for locale in Self.supported {
            let data = try Data(contentsOf: directory.appendingPathComponent("\(locale).json"))
            tables[locale] = try JSONDecoder().decode([String: String].self, from: data)
        }
        self.tables = tables
    }

    /// All keys of a locale (used by tests to check that the tables match).
    func keys(of locale: String) -> Set<String> {
        Set(tables[locale]?.keys ?? [:].keys)
    }

    /// The text for a key, with `{0}`, `{1}` … replaced; falls back to Indonesian, then to the key itself.
    func text(_ key: String, locale: String, _ arguments: [String] = []) -> String {
        var text = tables[locale]?[key] ?? tables[Self.defaultLocale]?[key] ?? key
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
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

extension Application {
    private struct TranslationsKey: StorageKey { typealias Value = Translations }

    /// The loaded translation tables.
    var translations: Translations {
        get { storage[TranslationsKey.self]! }
        set { storage[TranslationsKey.self] = newValue }
    }
}

extension Request {
    /// The language this request is answered in.
    var locale: String { Translations.locale(of: self) }

    /// Translates a key into the request's language.
    func t(_ key: String, _ arguments: [String] = []) -> String {
        application.translations.text(key, locale: locale, arguments)
    }
}
