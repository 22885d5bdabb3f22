import Foundation
import XCTest
@testable import ZIDocuments

/// The action tables of the seed work plans (`shared/reference/seeds/*.md`), turned into CSV as a
/// unit would export them from Word or Excel.
///
/// The seeds render each table row as one tab-separated line, with HTML for lists and emphasis.
/// Converting keeps every row, repeated page headers included, and repairs two artefacts of the
/// PDF rendering that a real spreadsheet does not have:
/// - on some pages every row sits one column right of that page's header: the page is shifted back;
/// - a row cut by a page break continues right after the repeated header, as a line with no
///   numbering and no target waktu: its cells are appended to the row it continues.
struct PlanSeedTable {
    /// The table's rows, cells cleaned, as they go into the CSV.
    let rows: [[String]]
    /// How many page-cut rows were joined to the row they continue.
    let joinedRows: Int

    /// The seed file `name`, or a skip when the seeds are not beside the repository.
    static func seed(_ name: String) throws -> String {
        let seeds = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/reference/seeds").standardizedFileURL
        guard FileManager.default.fileExists(atPath: seeds.path) else { throw XCTSkip("no seed documents at \(seeds.path)") }
        return try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }

    /// The table of the seed file `name`. With `SIZI_SEED_TABLES_DIR` set, it is also written
    /// there as `<name>.csv` (`scripts/bench-plan.sh` times reading those files).
    static func load(_ name: String) throws -> PlanSeedTable {
        let table = try PlanSeedTable(markdown: seed(name))
        if let directory = ProcessInfo.processInfo.environment["SIZI_SEED_TABLES_DIR"] {
            let file = URL(fileURLWithPath: directory).appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".csv"))
            try table.csv.write(to: file)
        }
        return table
    }

    /// The first table of `markdown` whose header row names `Langkah Aksi`.
    init(markdown: String) throws {
        let lines = markdown.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.contains("\t") && PlanText.key($0).contains("langkah aksi") })
        var block: [[String]] = []
        for line in lines[start...] {
            if line.contains("\t") {
                block.append(line.components(separatedBy: "\t").map(Self.clean))
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                break
            }
        }
        var rows: [[String]] = []
        var layouts: [Layout] = []
        var joined = 0
        for (pageIndex, page) in Self.pages(block).enumerated() {
            let layout = try Layout(header: page[0])
            for (index, row) in page.enumerated() {
                if pageIndex > 0, index == 1, layout.isContinuation(row) {
                    let cut = rows.count - 2 // the previous page's last row, before this page's header
                    rows[cut] = layouts[cut].appending(row, laidOutAs: layout, to: rows[cut])
                    joined += 1
                } else {
                    rows.append(row)
                    layouts.append(layout)
                }
            }
        }
        self.rows = rows
        joinedRows = joined
    }

    /// The table as CSV, `,`-separated, cells quoted where needed.
    var csv: Data {
        PlanCSV.data(rows)
    }

    /// The block split at its header rows, each page shifted back into its header's columns.
    private static func pages(_ block: [[String]]) -> [[[String]]] {
        let headerKey = PlanText.key(block[0][0])
        var pages: [[[String]]] = []
        for row in block {
            if PlanText.key(row[0]) == headerKey { pages.append([row]) } else { pages[pages.count - 1].append(row) }
        }
        return pages.map { page in
            let lastHeader = lastFilled(page[0])
            let excess = page.dropFirst().map { lastFilled($0) - lastHeader }.max() ?? 0
            guard excess > 0 else { return page }
            return [page[0]]
                + page.dropFirst().map { row in
                    precondition(row.prefix(excess).allSatisfy(\.isEmpty), "a shifted row starts with text")
                    return Array(row.dropFirst(excess))
                }
        }
    }

    private static func lastFilled(_ row: [String]) -> Int {
        row.lastIndex { !$0.isEmpty } ?? -1
    }

    /// A cell of the markdown as text: list items and paragraphs on their own lines, other tags
    /// removed, entities decoded; runs of two or more spaces are the line breaks of the original.
    static func clean(_ cell: String) -> String {
        cell.replacing(/<li[^>]*>|<p[^>]*>|<br\s*\/?>/, with: "\n")
            .replacing(/<[^>]+>/, with: "")
            .replacing("&amp;", with: "&").replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&nbsp;", with: " ")
            .replacing(/\ {2,}/, with: "\n")
            .components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Where a page's header puts langkah aksi, bukti fisik and target waktu; the indikator
    /// spans the columns before langkah aksi.
    private struct Layout {
        let langkahAksi: Int
        let buktiFisik: Int
        let targetWaktu: Int

        init(header: [String]) throws {
            func position(_ name: String) throws -> Int {
                try XCTUnwrap(header.firstIndex { PlanText.key($0) == name }, "no \(name) in \(header)")
            }
            (langkahAksi, buktiFisik, targetWaktu) = try (position("langkah aksi"), position("bukti fisik"), position("target waktu"))
        }

        /// Whether `row`, the first after a page header, continues the row the page break cut:
        /// no numbering mark and no target waktu.
        func isContinuation(_ row: [String]) -> Bool {
            let numbered = row.prefix(langkahAksi).contains { PlanMarker(cell: $0) != nil || PlanMarker.split($0).marker != nil }
            return !numbered && (row.count <= targetWaktu || row[targetWaktu].isEmpty)
        }

        /// `previous` (laid out as `self`) with the cells of `continuation` (laid out as `layout`)
        /// appended to the cells of the same column, separated by a space.
        func appending(_ continuation: [String], laidOutAs layout: Layout, to previous: [String]) -> [String] {
            var result = previous
            for (index, text) in continuation.enumerated() where !text.isEmpty {
                let target =
                    switch index {
                    case layout.langkahAksi: langkahAksi
                    case layout.buktiFisik: buktiFisik
                    case layout.targetWaktu: targetWaktu
                    default: previous.prefix(langkahAksi).lastIndex { !$0.isEmpty } ?? 0
                    }
                result[target] = result[target].isEmpty ? text : result[target] + " " + text
            }
            return result
        }
    }
}

/// CSV text for tests.
enum PlanCSV {
    /// `cell` as a CSV field: quoted when it holds a separator, a quote or a line break.
    static func quoted(_ cell: String) -> String {
        cell.contains { ",;\"\n\r".contains($0) } ? "\"" + cell.replacing("\"", with: "\"\"") + "\"" : cell
    }

    /// The CSV file of `rows`, fields joined by `separator`.
    static func data(_ rows: [[String]], separator: String = ",") -> Data {
        Data(rows.map { $0.map(quoted).joined(separator: separator) }.joined(separator: "\n").utf8)
    }
}

extension PlanImportResult {
    /// The rows of the file each action, heading, header and skipped row came from; fails the
    /// test if a row is both imported and skipped, or counted twice.
    func accountedRows(file: StaticString = #filePath, line: UInt = #line) -> Set<Int> {
        let imported = rows.map(\.sourceRow)
        let skipped = Set(problems.filter(\.code.skipsRow).map(\.row))
        let structure = headings.map(\.row) + [headerRow]
        XCTAssertEqual(Set(imported).count, imported.count, "an imported row appears twice", file: file, line: line)
        XCTAssertTrue(Set(imported).isDisjoint(with: skipped), "rows both imported and skipped", file: file, line: line)
        XCTAssertTrue(Set(structure).isDisjoint(with: skipped.union(imported)), "headings also imported or skipped", file: file, line: line)
        return Set(imported).union(skipped).union(structure)
    }

    /// The problems with `code`.
    func problems(_ code: PlanImportProblem.Code) -> [PlanImportProblem] {
        problems.filter { $0.code == code }
    }
}
