import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// Opens exported workbooks in LibreOffice (headless), when it is installed: the strongest
/// check available here that a real spreadsheet application accepts the files, and a source of
/// files re-saved the way applications save them (shared strings, their own styles).
final class LibreOfficeTests: XCTestCase {
    private var office: URL!
    private var directory: URL!

    override func setUpWithError() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("soffice") }
        guard let office = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            // CI installs LibreOffice and sets SIZI_REQUIRE_LIBREOFFICE, so there the check cannot be skipped.
            if ProcessInfo.processInfo.environment["SIZI_REQUIRE_LIBREOFFICE"] == "1" {
                throw TestSetupError("LibreOffice (soffice) is required but not installed")
            }
            throw XCTSkip("LibreOffice (soffice) is not installed")
        }
        self.office = office
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Converts `data` (an .xlsx file) with LibreOffice to `format`; returns the converted file.
    private func convert(_ data: Data, to format: String, extension fileExtension: String) throws -> Data {
        let input = directory.appendingPathComponent("lke.xlsx")
        let output = directory.appendingPathComponent("out-\(fileExtension)")
        try data.write(to: input)
        let process = Process()
        process.executableURL = office
        process.arguments = ["-env:UserInstallation=\(directory.appendingPathComponent("profile").absoluteString)",
                             "--headless", "--norestore", "--convert-to", format, "--outdir", output.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(180)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            XCTFail("LibreOffice did not finish within 180 s")
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "soffice exit status")
        return try Data(contentsOf: output.appendingPathComponent("lke.\(fileExtension)"))
    }

    func testLibreOfficeOpensTheExportedWorkbook() throws {
        let framework = try DocumentsFixtures.framework()
        let csv = String(decoding: try convert(LKEWorkbookFixtures.export(framework), to: "csv", extension: "csv"), as: UTF8.self)
        XCTAssertTrue(csv.contains("Kantor Pelayanan Contoh"))
        XCTAssertTrue(csv.contains("Penilaian,Bobot,Penjelasan,Pilihan Jawaban,Jawaban,Nilai,%,Catatan,ID (jangan diubah)"))
        XCTAssertTrue(csv.contains("A.II.1.i.a#agenPerubahan"))
        XCTAssertTrue(csv.contains("B.II.a"))
    }

    func testAWorkbookResavedByLibreOfficeImportsTheSame() throws {
        let framework = try DocumentsFixtures.framework()
        let resaved = try convert(LKEWorkbookFixtures.export(framework), to: "xlsx:Calc MS Excel 2007 XML", extension: "xlsx")
        let parts = try DocumentsFixtures.unzip(resaved)
        XCTAssertNotNil(parts["xl/sharedStrings.xml"], "LibreOffice moves text into a shared-string table")
        let result = try LKEWorkbook.import(data: resaved, framework: framework)
        XCTAssertEqual(result.issues, [])
        XCTAssertEqual(result.answers, LKEWorkbookFixtures.mixedAnswers(framework))
        XCTAssertEqual(result.notes, LKEWorkbookFixtures.notes)
        XCTAssertEqual(result.unitName, "Kantor Pelayanan Contoh")
        XCTAssertEqual(result.year, 2025)
    }
}

/// A missing prerequisite that must fail the test rather than skip it.
struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
