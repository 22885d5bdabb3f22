import Foundation
import XCTest
import ZICore
@testable import ZIServer

/// The translation tables are complete: every key used by a template or an error exists in both languages.
final class TranslationTests: XCTestCase {
    private var sourceRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ZIServer")
    }

    private func loadTranslations() throws -> Translations {
        try Translations(directory: sourceRoot.appendingPathComponent("Resources/Locales"))
    }

    func testBothLanguagesHaveTheSameKeys() throws {
        let translations = try loadTranslations()
        XCTAssertEqual(translations.keys(of: "id"), translations.keys(of: "en"))
        XCTAssertGreaterThan(translations.keys(of: "id").count, 100)
    }

    func testEveryKeyUsedInTemplatesAndCodeExists() throws {
        let keys = try loadTranslations().keys(of: "id")
        var used: Set<String> = []
        let patterns = [
            #"#t\("([a-z_.]+)""#, #"key: "([a-z_]+\.[a-z_.]+)""#, #"add\("[A-Za-z]+", "([a-z_.]+)""#,
            #"req\.t\("([a-z_.]+)""#, #"AppError\(\.\w+, code: "([a-z_]+)""#,
            #"conflict\("([a-z_]+)""#,
        ]
        let files = FileManager.default.enumerator(at: sourceRoot, includingPropertiesForKeys: nil)!
        for case let file as URL in files where ["leaf", "swift"].contains(file.pathExtension) {
            // Doc comments show the syntax, and an error with its own `messageKey:` names that key instead.
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }
            for line in lines.map(String.init) {
                for (index, pattern) in patterns.enumerated() where !(index >= 4 && line.contains("messageKey:")) {
                    let regex = try NSRegularExpression(pattern: pattern)
                    for match in regex.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                        let key = String(line[Range(match.range(at: 1), in: line)!])
                        used.insert(index >= 4 ? "error.\(key)" : key)
                    }
                }
            }
        }
        XCTAssertGreaterThan(used.count, 50)
        XCTAssertEqual(used.subtracting(keys).sorted(), [], "keys used but not translated")
    }

    func testAKeyDefinedTwiceIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-locales-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for locale in Translations.supported {
            let folder = directory.appendingPathComponent(locale)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(#"{"a.b": "satu"}"#.utf8).write(to: folder.appendingPathComponent("one.json"))
            try Data(#"{"a.c": "dua"}"#.utf8).write(to: folder.appendingPathComponent("two.json"))
        }
        XCTAssertEqual(try Translations(directory: directory).text("a.c", locale: "en"), "dua", "the files of a language are merged")
        try Data(#"{"a.b": "lagi"}"#.utf8).write(to: directory.appendingPathComponent("en/two.json"))
        XCTAssertThrowsError(try Translations(directory: directory)) { error in
            XCTAssertEqual("\(error)", "en/two.json: the key a.b is already defined in another file")
        }
    }

    func testArgumentsAreFilledIn() throws {
        let translations = try loadTranslations()
        XCTAssertEqual(translations.text("validation.too_long", locale: "id", ["200"]), "Terlalu panjang (maksimal 200 karakter).")
        XCTAssertEqual(translations.text("tidak.ada", locale: "en"), "tidak.ada", "an unknown key shows itself, never crashes")
    }
}

/// Keys that code builds from values (statuses, roles, import problems) exist in both languages.
final class DynamicTranslationTests: XCTestCase {
    func testKeysBuiltFromValuesExist() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ZIServer/Resources/Locales")
        let translations = try Translations(directory: root)
        var keys = Assessment.Status.allCases.map { "assessment.status.\($0.rawValue)" }
        keys += Assessment.Recommendation.allCases.map { "assessment.recommendation.\($0.rawValue)" }
        keys += Role.allCases.map { "role.\($0.rawValue)" }
        keys += ProgrammeStatus.allCases.map { "status.\($0.rawValue)" }
        keys += [
            "missing_id", "unknown_id", "duplicate_row", "no_answer_expected", "no_note_expected", "unknown_option",
            "not_a_number", "out_of_range", "missing_input", "invalid_answer", "note_on_group",
        ].map { "import.\($0)" }
        keys += WebPage.notices.map { "notice.\($0)" }
        for locale in Translations.supported {
            XCTAssertEqual(keys.filter { !translations.keys(of: locale).contains($0) }, [], locale)
        }
    }
}
