import Fluent
import Foundation
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Every page an administrator can reach by following links, and the public pages, render in
/// both languages without an error and without a translation key showing instead of its text
/// (what `Translations` prints when a key is missing in every language).
final class PageCrawlTests: XCTestCase {
    /// Links that are not pages: files, downloads, the print-ready plan document (Indonesian, as
    /// the regulation's document is), language switches, logging out.
    private let notPages = [".docx", ".xlsx", ".csv", ".pdf", ".zip", "/download", "/document", "/lang/", "/logout", "/css/", "/js/"]
    private let pageLimit = 400

    func testEveryReachablePageRendersInBothLanguagesWithoutMissingKeys() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            _ = try await PlanFixture.assessment(app, unit: fixture.unitA1)
            let unit = fixture.unitA1.id!
            let staff = try await client.webLogin("admin", TestApp.adminPassword)
            let prefixes = Set(app.translations.keys(of: "id").map { String($0.split(separator: ".")[0]) })
            let starts = ["/", "/units", "/tasks", "/users", "/audit", "/profile", "/plans/\(plan.id!)", "/plans/\(plan.id!)/monev"]
            let publicPages = [
                "/publik/\(unit)", "/publik/\(unit)/pengaduan", "/publik/\(unit)/survei", "/publik/\(unit)/wbs",
                "/publik/\(unit)/persepsi/ipak", "/pengaduan/lacak", "/wbs/lacak",
            ]
            var crawled = 0
            for language in ["id", "en"] {
                var cookies = staff
                cookies["sizi_lang"] = language
                var queue = starts + publicPages
                var seen = Set(queue)
                while !queue.isEmpty && seen.count < pageLimit {
                    let path = queue.removeFirst()
                    let page = try await client.send(.GET, path, cookies: cookies)
                    crawled += 1
                    XCTAssertLessThan(page.status.code, 500, "\(language) \(path)")
                    guard page.status == .ok, page.headers.contentType?.subType == "html" else { continue }
                    XCTAssertTrue(page.body.contains("<html lang=\"\(language)\">"), "\(language) \(path) is in its language")
                    XCTAssertEqual(missingKeys(in: page.body, prefixes: prefixes), [], "\(language) \(path)")
                    for link in links(in: page.body) where !seen.contains(link) {
                        seen.insert(link)
                        queue.append(link)
                    }
                }
            }
            XCTAssertGreaterThan(crawled, 60, "the crawl reaches the product, not only the start pages")
            print("PageCrawlTests: \(crawled) pages rendered")
        }
    }

    /// Same-site page links of an HTML page, without fragments.
    private func links(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: ##"href="(/[^"#]*)""##)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            let link = String(html[Range(match.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
            return notPages.contains(where: link.contains) ? nil : link
        }
    }

    /// Words of the page's text that look like a translation key (`plan.title`) of a known area.
    private func missingKeys(in html: String, prefixes: Set<String>) -> [String] {
        let text = html.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        let regex = try! NSRegularExpression(pattern: #"\b([a-z_]+)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*\b"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            let prefix = String(text[Range(match.range(at: 1), in: text)!])
            return prefixes.contains(prefix) ? String(text[Range(match.range, in: text)!]) : nil
        }
    }
}
