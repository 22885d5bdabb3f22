import Foundation
import XCTest

@testable import ZICore

/// The bundled `lke-zi-2026` framework against KemenPANRB's LKE ZI 2026 master
/// (`shared/reference/portalrb/response_master_soal_lkezi_2026.json`): every master row is
/// mapped exactly once, with its type, Excel row, text and option values.
final class LKEZI2026MasterTests: XCTestCase {
    /// One master row: a question, or a `Jumlah` input of a `%` question.
    private struct MasterRow {
        let soalID: Int
        let type: String
        let excelRow: Int
        let text: String
        let multipliers: [Double]
        let optionLabels: [String]
        /// Sheet and the columns of unit answer, unit note, evidence, TPI answer, TPI note.
        let cells: [String]
    }

    private static let types: [String: LKEAnswerType] = [
        "YA_TIDAK": .yaTidak, "ABC": .abc, "ABCD": .abcd, "ABCDE": .abcde,
        "Jumlah": .percentage, "jumlah": .percentage, "0-4": .survey,
    ]

    /// The master's rows in document order, or a skip when the reference is not beside the repository.
    private func masterRows() throws -> [MasterRow] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/reference/portalrb/response_master_soal_lkezi_2026.json").standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("no LKE master at \(url.path)") }
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        XCTAssertEqual(root["tahun"] as? Int, 2026)
        var rows: [MasterRow] = []
        func walk(_ node: [String: Any]) {
            for soal in node["soals"] as? [[String: Any]] ?? [] {
                let scheme = soal["skema_penilaian"] as? [[String: Any]] ?? []
                rows.append(
                    MasterRow(
                        soalID: soal["id"] as! Int, type: soal["jenis_jawaban"] as! String,
                        excelRow: soal["excel_baris"] as! Int,
                        text: (soal["teks_pertanyaan"] as! String).trimmingCharacters(in: .whitespacesAndNewlines),
                        multipliers: scheme.map { ($0["multiplier"] as! NSNumber).doubleValue },
                        optionLabels: scheme.map { ($0["label"] as! String).trimmingCharacters(in: .whitespacesAndNewlines) },
                        cells: [
                            "excel_sheet", "excel_kolom_jawaban_unit", "excel_kolom_catatan_unit", "excel_kolom_bukti_dukung_unit",
                            "excel_kolom_jawaban_tpi", "excel_kolom_catatan_tpi",
                        ].map { soal[$0] as? String ?? "" }))
            }
            for child in node["children"] as? [[String: Any]] ?? [] { walk(child) }
        }
        for node in root["data"] as? [[String: Any]] ?? [] { walk(node) }
        XCTAssertEqual(rows.count, root["total_soal"] as? Int)
        return rows
    }

    private func framework() throws -> LKEFramework {
        try LKEFrameworkRegistry.bundled().framework(id: "lke-zi-2026")
    }

    func testEveryMasterRowIsMappedExactlyOnceWithItsTypeRowAndText() throws {
        let rows = try masterRows()
        let framework = try framework()
        XCTAssertEqual(rows.count, 127)
        var mapped: [Int: Int] = [:]
        for question in framework.questions {
            for soalID in ([question.soalID] + question.inputs.map(\.soalID)).compactMap({ $0 }) {
                mapped[soalID, default: 0] += 1
            }
        }
        XCTAssertEqual(Set(mapped.keys), Set(rows.map(\.soalID)), "the framework names exactly the master's soal_ids")
        XCTAssertEqual(mapped.values.filter { $0 != 1 }.count, 0, "each soal_id once")

        for row in rows {
            XCTAssertEqual(row.cells, ["Jawaban", "K", "L", "M", "N", "Q"], "soal \(row.soalID): the official workbook's layout")
            let type = try XCTUnwrap(Self.types[row.type], "master type \(row.type)")
            if let question = framework.questions.first(where: { $0.soalID == row.soalID }) {
                XCTAssertEqual(question.answerType, type, "soal \(row.soalID) = \(question.id)")
                XCTAssertEqual(question.excelRow, row.excelRow, "soal \(row.soalID) = \(question.id)")
                XCTAssertEqual(question.text, row.text, "soal \(row.soalID) = \(question.id)")
                XCTAssertEqual(
                    framework.optionScale.values(for: type), row.multipliers.map { Decimal(shortest: $0) },
                    "soal \(row.soalID) = \(question.id): option values")
                if type != .yaTidak {
                    XCTAssertEqual(question.options.map(\.text), row.optionLabels, "soal \(row.soalID) = \(question.id)")
                }
            } else {
                let owner = try XCTUnwrap(framework.questions.first { $0.inputs.contains { $0.soalID == row.soalID } })
                let input = try XCTUnwrap(owner.inputs.first { $0.soalID == row.soalID })
                XCTAssertEqual(type, .percentage, "soal \(row.soalID) is a Jumlah row of \(owner.id)")
                XCTAssertEqual(input.excelRow, row.excelRow, "soal \(row.soalID) = \(owner.id).\(input.id)")
                XCTAssertEqual(input.label, row.text, "soal \(row.soalID) = \(owner.id).\(input.id)")
            }
        }
    }

    func testTheWorksheetIsNinetyTwentyOneWithTheMastersRowsAndValues() throws {
        let framework = try framework()
        let earlier = try LKEFixtures.real()
        XCTAssertEqual(framework.questions.map(\.id), earlier.questions.map(\.id), "question ids are SIZI's LKE ids")
        XCTAssertEqual(framework.questions.map(\.answerType), earlier.questions.map(\.answerType))
        XCTAssertEqual(framework.predicates, earlier.predicates, "predicates as today")
        XCTAssertEqual(framework.fromYear, 2026)
        for question in framework.questions {
            if question.answerType == .percentage {
                XCTAssertNil(question.soalID, "\(question.id): a % question answers through its Jumlah rows")
                XCTAssertTrue(question.inputs.allSatisfy { $0.soalID != nil && $0.excelRow != nil }, question.id)
            } else {
                XCTAssertNotNil(question.soalID, question.id)
                XCTAssertNotNil(question.excelRow, question.id)
            }
        }
        let scale = framework.optionScale
        XCTAssertEqual(scale.values(for: .abcd), [1, Decimal(string: "0.67")!, Decimal(string: "0.33")!, 0])
        XCTAssertEqual(scale.values(for: .abcde), [1, Decimal(string: "0.75")!, Decimal(string: "0.5")!, Decimal(string: "0.25")!, 0])
        XCTAssertEqual(scale.values(for: .abc), [1, Decimal(string: "0.5")!, 0])
        XCTAssertEqual(scale.values(for: .yaTidak), [1, 0])
    }

    func testTheYearChoosesTheFramework() throws {
        let frameworks = try [framework(), LKEFixtures.real()]
        XCTAssertEqual(LKEFramework.applicable(to: 2026, among: frameworks)?.id, "lke-zi-2026")
        XCTAssertEqual(LKEFramework.applicable(to: 2027, among: frameworks)?.id, "lke-zi-2026")
        XCTAssertEqual(LKEFramework.applicable(to: 2025, among: frameworks)?.id, "permenpanrb-90-2021")
        XCTAssertEqual(LKEFramework.applicable(to: 2021, among: frameworks)?.id, "permenpanrb-90-2021")
    }
}
