import XCTest
import ZICore
@testable import ZIDocuments

/// The risk register workbook: a row per risk under a frozen header, ratings and scores as
/// numbers, levels from the matrix, control actions one per line, text never a formula.
final class RiskRegisterXLSXTests: XCTestCase {
    static func rows() -> [RiskExportRow] {
        [
            RiskExportRow(
                objective: "Layanan tepat waktu", statement: "Pungutan liar di loket", cause: "Pembayaran tunai",
                effect: "Kepercayaan publik turun", inherent: RiskCell(likelihood: 1, impact: 5), existingControls: "CCTV",
                controlActions: ["Pembayaran nontunai — Kasubbag Umum — 2026-06-30", "Papan larangan pungli"],
                residual: RiskCell(likelihood: 1, impact: 3)),
            RiskExportRow(
                objective: "Sistem daring tersedia", statement: "=HYPERLINK(\"http://contoh\")", cause: "Server tunggal",
                effect: "Layanan berhenti", inherent: RiskCell(likelihood: 3, impact: 3), existingControls: nil,
                controlActions: [], residual: nil),
        ]
    }

    private func row(_ sheet: XLSXSheetContents, _ number: Int) -> [XLSXValue?] {
        (1...RiskRegisterXLSX.header.count).map { sheet[CellReference(row: number, column: $0)]?.value }
    }

    func testEveryRiskIsARowWithItsScoresAndLevels() throws {
        let matrix = try RiskMatrixLoader.bundled()
        let sheet = try XLSXReader().read(
            XLSXWriter.write(RiskRegisterXLSX.workbook(Self.rows(), matrix: matrix, title: "Register Risiko"))
        )
        .sheet(named: "Register Risiko")
        XCTAssertEqual(row(sheet, 1).first, .text("NO"))
        // 1×5 scores 20 (Sangat Tinggi), 1×3 5 (Sangat Rendah), 3×3 14 (Sedang): the bundled matrix's table.
        XCTAssertEqual(
            row(sheet, 2),
            [
                .number(1), .text("Layanan tepat waktu"), .text("Pungutan liar di loket"), .text("Pembayaran tunai"),
                .text("Kepercayaan publik turun"),
                .number(1), .number(5), .number(20), .text("Sangat Tinggi"), .text("CCTV"),
                .text("Pembayaran nontunai — Kasubbag Umum — 2026-06-30\nPapan larangan pungli"), .number(1), .number(3), .number(5),
                .text("Sangat Rendah"),
            ])
        XCTAssertEqual(
            row(sheet, 3),
            [
                .number(2), .text("Sistem daring tersedia"), .text("=HYPERLINK(\"http://contoh\")"), .text("Server tunggal"),
                .text("Layanan berhenti"),
                .number(3), .number(3), .number(14), .text("Sedang"), nil, nil, nil, nil, nil, nil,
            ])
        XCTAssertEqual(RiskRegisterXLSX.sheet(Self.rows(), matrix: matrix).frozenRows, 1)
    }
}
