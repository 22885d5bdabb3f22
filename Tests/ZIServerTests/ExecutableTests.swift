import AsyncHTTPClient
import Foundation
import SQLKit
import Vapor
import XCTest
import ZICore
import ZIDocuments
@testable import ZIServer

/// Runs the built `sizi` binary as an operator would: exit codes, output and files on disk.
final class ExecutableTests: XCTestCase {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `sizi`, built by `swift test` into the same directory as the test bundle.
    private var binary: URL {
        get throws {
            let testBundle = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
            var directory = testBundle.deletingLastPathComponent()
            if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
            let url = directory.appendingPathComponent("sizi")
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw TestFailure("the sizi binary is not at \(url.path); build it with swift build")
            }
            return url
        }
    }

    private func sizi(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    private var temporaryFiles: [URL] = []

    override func tearDown() {
        temporaryFiles.forEach { try? FileManager.default.removeItem(at: $0) }
        temporaryFiles = []
    }

    private func temporaryFile(_ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-\(UUID().uuidString).json")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        temporaryFiles.append(url)
        return url.path
    }

    /// Changes one audit row behind SIZI's back, as someone with access to the database file could.
    private func tamperWithAuditRow(seq: Int, dataDirectory: String) async throws {
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: Settings(dataDirectory: dataDirectory, bcryptCost: 4))
            let sql = try XCTUnwrap(app.db as? any SQLDatabase)
            try await sql.update("audit_entries").set("actor_name", to: "orang lain").where("seq", .equal, seq).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    func testLKEScoreOfTheBestAnswersIsExactlyOneHundred() throws {
        let framework = try LKEFrameworkRegistry.bundled().framework(id: "permenpanrb-90-2021")
        var answers: [String: Any] = [:]
        for question in framework.questions {
            switch question.answerType {
            case .percentage: answers[question.id] = 100
            case .survey: answers[question.id] = 4
            default: answers[question.id] = question.answerType.optionCodes[0]
            }
        }
        let data = try JSONSerialization.data(withJSONObject: ["framework": framework.id, "answers": answers])
        let file = try temporaryFile(String(decoding: data, as: UTF8.self))
        let run = try sizi(["lke", "score", file, "--json", "--held", "wbk"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = try JSONDecoder().decode(LKEScoreReport.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(report.total, 100)
        XCTAssertEqual(report.pengungkit, 60)
        XCTAssertEqual(report.hasil, 40)
        XCTAssertEqual(report.predicates["wbk"]?.eligible, true)
        XCTAssertEqual(report.predicates["wbbm"]?.eligible, true)
        let text = try sizi(["lke", "score", file])
        XCTAssertTrue(text.stdout.contains("Nilai total: 100.00 / 100.00"))
    }

    func testLKEScoreNamesTheBadQuestionAndFails() throws {
        let unknown = try temporaryFile(#"{"framework": "permenpanrb-90-2021", "answers": {"A.I.9.z.a": "Ya"}}"#)
        let run = try sizi(["lke", "score", unknown])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("A.I.9.z.a"), run.stderr)
        let wrongType = try temporaryFile(#"{"framework": "permenpanrb-90-2021", "answers": {"A.I.1.i.a": 55}}"#)
        let typed = try sizi(["lke", "score", wrongType])
        XCTAssertNotEqual(typed.status, 0)
        XCTAssertTrue(typed.stderr.contains("A.I.1.i.a"), typed.stderr)
        let broken = try temporaryFile("{not json")
        XCTAssertNotEqual(try sizi(["lke", "score", broken]).status, 0)
        XCTAssertNotEqual(try sizi(["lke", "score", "/tidak/ada.json"]).status, 0)
    }

    func testPlanParsePeriodFlagsWhatItCannotRead() throws {
        let run = try sizi(["plan", "parse-period", "Juni 2021, Januari s/d Oktober 2021", "--year", "2021", "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let schedule = try JSONDecoder().decode(PeriodSchedule.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(schedule.dueDates.count, 10, "Jan…Oct month ends; June is among them")
        XCTAssertEqual(schedule.dueDates.first?.description, "2021-01-31")
        XCTAssertFalse(schedule.needsScheduling)
        let flagged = try sizi(["plan", "parse-period", "setiap ada pertemuan"])
        XCTAssertTrue(flagged.stdout.contains("PERLU DIJADWALKAN"))
    }

    func testPlanImportDryRunReportsRowsSchedulesAndProblems() throws {
        let csv = """
            NO,AREA,INDIKATOR,LANGKAH AKSI,BUKTI FISIK,TARGET WAKTU
            1,Manajemen Perubahan,Tim kerja,Membentuk tim,"SK Tim; Notulen",Januari 2026
            ,,,Rapat rutin,Notulen,setiap ada pertemuan
            2,,Rencana kerja,,,Maret 2026
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-plan-\(UUID().uuidString).csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try sizi(["plan", "import", url.path, "--dry-run", "--year", "2026", "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let preview = try JSONDecoder().decode(PlanImportPreview.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(preview.rows.map(\.langkahAksi), ["Membentuk tim", "Rapat rutin"])
        XCTAssertEqual(preview.rows[0].buktiFisik, ["SK Tim", "Notulen"])
        XCTAssertEqual(preview.rows[1].indikator, "Tim kerja", "blank cells carry down")
        XCTAssertEqual(preview.rows[0].schedule?.dueDates.map(\.description), ["2026-01-31"])
        XCTAssertEqual(preview.needsScheduling, 1)
        XCTAssertEqual(preview.problems.map(\.row), [4], "the row without a langkah aksi is reported, not dropped")
        let notDry = try sizi(["plan", "import", url.path])
        XCTAssertNotEqual(notDry.status, 0)
    }

    func testPlanDocumentRendersATableWithoutAServer() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-plan-\(UUID().uuidString).csv")
        let docx = input.deletingPathExtension().appendingPathExtension("docx")
        let html = input.deletingPathExtension().appendingPathExtension("html")
        try PlanAPITests.csv.write(to: input, atomically: true, encoding: .utf8)
        defer { [input, docx, html].forEach { try? FileManager.default.removeItem(at: $0) } }
        let run = try sizi([
            "plan", "document", "--input", input.path, "--unit-name", "Balai Uji <Satu>", "--year", "2026",
            "--output", docx.path,
        ])
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = try PlanWebTests.documentText(Data(contentsOf: docx))
        for expected in ["Balai Uji &lt;Satu&gt;", "Menyusun SK Tim Kerja", "Rapat koordinasi tim", "Menyusun SOP layanan"] {
            XCTAssertTrue(text.contains(expected), expected)
        }
        let page = try sizi([
            "plan", "document", "--input", input.path, "--unit-name", "Balai Uji", "--year", "2026",
            "--output", html.path,
        ])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertTrue(try String(contentsOf: html, encoding: .utf8).contains("Menyusun SOP layanan"))
        let missing = try sizi([
            "plan", "document", "--input", "/tidak/ada.csv", "--unit-name", "X", "--year", "2026",
            "--output", docx.path,
        ])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("/tidak/ada.csv"), missing.stderr)
    }

    func testSKMComputeMatchesAHandComputationAndNamesBadCells() throws {
        // Totals 31 and 27 of 18 answers: IKM 58/18 = 3.2222, converted 80.56, grade B.
        let good = try temporaryFile("No;U1;U2;U3;U4;U5;U6;U7;U8;U9;Umur\n1;4;4;3;4;3;3;4;3;3;30\n2;3;3;3;4;3;3;3;2;3;41\n")
        let run = try sizi(["skm", "compute", good, "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let result = try JSONDecoder().decode(SKMResult.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(result.publishedConverted, 80.56)
        XCTAssertEqual(result.grade, .b)
        XCTAssertEqual(result.lowestElements, [.u8])
        let text = try sizi(["skm", "compute", good])
        XCTAssertTrue(text.stdout.contains("mutu B (Baik)"), text.stdout)
        let bad = try temporaryFile("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n4,4,5,4,4,4,4,4,4\n")
        let refused = try sizi(["skm", "compute", bad])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("baris 3, kolom U3"), refused.stderr)
    }

    func testLKETemplateListsEveryQuestion() throws {
        let run = try sizi(["lke", "template", "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let template = try JSONDecoder().decode(LKETemplate.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(template.questions.count, 113)
        XCTAssertEqual(template.questions.first?.id, "A.I.1.i.a")
        XCTAssertEqual(template.questions.first?.area, "1")
        XCTAssertTrue(template.questions.contains { $0.id == "B.II.a" && $0.type == .survey })
    }

    func testLKETemplateOfTheTwentyTwentySixMasterListsEverySoalID() throws {
        let run = try sizi(["lke", "template", "--framework", "lke-zi-2026", "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let template = try JSONDecoder().decode(LKETemplate.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(template.framework, "lke-zi-2026")
        XCTAssertEqual(template.questions.count, 113)
        let soalIDs = template.questions.flatMap { [$0.soalID] + $0.inputs.map(\.soalID) }.compactMap { $0 }
        XCTAssertEqual(soalIDs.count, 127)
        XCTAssertEqual(Set(soalIDs), Set(1...127))
        XCTAssertEqual(
            template.questions.first { $0.id == "A.I.1.iii.a" }?.optionValues, [1, Decimal(string: "0.67")!, Decimal(string: "0.33")!, 0])
    }

    /// The same answer file (every A–D question B, other options A, every % question 50, both
    /// surveys 3.64) is just short of WBBM with thirds (84.973611) and WBBM on the 2026 master (85.031125).
    func testLKEScoreOnTheTwentyTwentySixMasterTakesTodaysAnswerFiles() throws {
        let framework = try LKEFrameworkRegistry.bundled().framework(id: "permenpanrb-90-2021")
        var answers: [String: Any] = [:]
        for question in framework.questions {
            switch question.answerType {
            case .percentage: answers[question.id] = 50
            case .survey: answers[question.id] = 3.64
            case .abcd: answers[question.id] = "B"
            default: answers[question.id] = question.answerType.optionCodes[0]
            }
        }
        answers["A.II.1.i.a"] = ["agenPerubahan": 4, "perubahanDibuat": 2]
        let data = try JSONSerialization.data(withJSONObject: ["framework": framework.id, "answers": answers])
        let file = try temporaryFile(String(decoding: data, as: UTF8.self))
        var reports: [String: LKEScoreReport] = [:]
        for id in ["permenpanrb-90-2021", "lke-zi-2026"] {
            let run = try sizi(["lke", "score", file, "--framework", id, "--held", "wbk", "--json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            reports[id] = try JSONDecoder().decode(LKEScoreReport.self, from: Data(run.stdout.utf8))
        }
        XCTAssertEqual(reports["permenpanrb-90-2021"]?.framework, "permenpanrb-90-2021")
        XCTAssertEqual(reports["permenpanrb-90-2021"]?.total, 84.973611)
        XCTAssertEqual(reports["permenpanrb-90-2021"]?.predicates["wbbm"]?.eligible, false)
        XCTAssertEqual(reports["lke-zi-2026"]?.framework, "lke-zi-2026")
        XCTAssertEqual(reports["lke-zi-2026"]?.total, 85.031125)
        XCTAssertEqual(reports["lke-zi-2026"]?.predicates["wbbm"]?.eligible, true)
    }

    func testAdministrationCommandsWorkOnAFreshDataDirectory() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let env = ["SIZI_DATA_DIR": data, "SIZI_ADMIN_PASSWORD": "AdminPassw0rd", "SIZI_BCRYPT_COST": "10"]
        let created = try sizi(
            [
                "unit", "create", "--instansi", "KEMENTAN", "--instansi-name", "Kementerian Pertanian",
                "--code", "BALITNAK", "--name", "Balai Penelitian Ternak",
            ], environment: env)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data + "/sizi.sqlite"))
        let list = try sizi(["unit", "list"], environment: env)
        XCTAssertTrue(list.stdout.contains("BALITNAK\tBalai Penelitian Ternak"))
        let user = try sizi(
            ["user", "create", "budi", "--name", "Budi"], environment: env.merging(["SIZI_NEW_PASSWORD": "Budi2026rahasia"]) { $1 })
        XCTAssertEqual(user.status, 0, user.stderr)
        let duplicate = try sizi(
            ["user", "create", "budi", "--name", "Budi"], environment: env.merging(["SIZI_NEW_PASSWORD": "Budi2026rahasia"]) { $1 })
        XCTAssertNotEqual(duplicate.status, 0)
        let verify = try sizi(["audit", "verify"], environment: env)
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr)
        XCTAssertTrue(verify.stdout.contains("utuh"))
        try await tamperWithAuditRow(seq: 2, dataDirectory: data)
        let tampered = try sizi(["audit", "verify"], environment: env)
        XCTAssertEqual(tampered.status, 1)
        XCTAssertTrue(tampered.stdout.contains("seq 2"), tampered.stdout)
        let backup = data + "-backup", restored = data + "-restored"
        defer { [backup, restored].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let backedUp = try sizi(["backup", "--to", backup], environment: env)
        XCTAssertEqual(backedUp.status, 0, backedUp.stderr)
        let restore = try sizi(["restore", "--from", backup, "--data-dir", restored], environment: env)
        XCTAssertEqual(restore.status, 0, restore.stdout + restore.stderr)
        let again = try sizi(["unit", "list"], environment: env.merging(["SIZI_DATA_DIR": restored]) { $1 })
        XCTAssertTrue(again.stdout.contains("BALITNAK\tBalai Penelitian Ternak"), "the restored directory holds the unit")
        let refused = try sizi(["restore", "--from", backup, "--data-dir", restored], environment: env)
        XCTAssertNotEqual(refused.status, 0, "never over an existing database")
        let help = try sizi(["user", "--help"])
        XCTAssertTrue(help.stdout.contains("set-password"))
    }

    func testEvenTraceLogsCarryNoValueBoundIntoSQL() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-log-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = try binary
        process.arguments = ["serve", "--port", String(port)]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["SIZI_DATA_DIR": data, "SIZI_ADMIN_PASSWORD": "AdminPassw0rd", "SIZI_BCRYPT_COST": "10", "LOG_LEVEL": "trace"]) { $1 }
        // A file, not a pipe: trace logging fills a pipe's buffer long before the test reads it.
        let logFile = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-trace-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: logFile) }
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let http = HTTPClient.shared
        var login: HTTPClient.Response?
        for _ in 0..<100 where login == nil {
            var request = try HTTPClient.Request(url: "http://127.0.0.1:\(port)/api/v1/login", method: .POST)
            request.headers.contentType = .json
            request.body = .string(#"{"username":"admin","password":"AdminPassw0rd"}"#)
            login = try? await http.execute(request: request).get()
            if login == nil { try await Task.sleep(for: .milliseconds(200)) }
        }
        XCTAssertEqual(login?.status, .ok)
        process.terminate()
        process.waitUntilExit()
        let log = try String(contentsOf: logFile, encoding: .utf8)
        XCTAssertTrue(log.contains("binds=[redacted]"), "the queries were logged, their values not")
        XCTAssertFalse(log.contains("$2b$"), "no password hash (the admin's insert) in the log")
        XCTAssertFalse(log.contains("AdminPassw0rd"))
    }
}
