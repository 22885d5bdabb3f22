import Foundation
import XCTest
@testable import ZIBench

/// Every `sizi bench …` benchmark, run small: each seeds, serves and measures without an error
/// and reports what it seeded, so a change to the server cannot quietly break a benchmark.
final class BenchmarkSmokeTests: XCTestCase {
    func testRollupSeedsEveryUnitAndTimesEachRequest() async throws {
        let result = try await RollupBenchmark.run(units: 5, requests: 3, seed: 7)
        XCTAssertEqual(result.units, 5)
        XCTAssertEqual(result.requests, 3)
        XCTAssertGreaterThan(result.bytes, 0)
        XCTAssertLessThanOrEqual(result.p50, result.max)
    }

    func testRiskRegisterPagesAreServedWithEveryRisk() async throws {
        let result = try await RiskBenchmark.run(risks: 12, requests: 2)
        XCTAssertEqual(result.risks, 12)
        XCTAssertGreaterThan(result.page50.bytes, 0)
        XCTAssertGreaterThan(result.page200.bytes, 0)
    }

    func testPlanImportAndDocumentAreTimed() async throws {
        let result = try await PlanBenchmark.run(tables: [], importRows: 12, documentActions: 6, repeats: 1)
        XCTAssertEqual(result.importRows, 12)
        XCTAssertEqual(result.documentActions, 6)
        XCTAssertGreaterThan(result.docxBytes, 0)
    }

    func testWhistleblowingReportIsFiledAndOpenedByItsHandler() async throws {
        let result = try await WBSBenchmark.run(megabytes: 1, repeats: 1)
        XCTAssertEqual(result.megabytes, 1)
        XCTAssertGreaterThan(result.download, 0)
    }

    func testEveryPageOfThePagesBenchmarkIsServedAndNoSubmissionIsLost() async throws {
        var options = PagesBenchmark.Options()
        options.units = 3
        options.seconds = 1
        options.warmup = 0
        options.connections = 2
        let report = try await PagesBenchmark.run(options)
        let names = report.runs.map(\.name)
        for expected in [
            "api.assessment", "api.answers", "page.dashboard", "page.worksheet.1", "page.rollup", "write.autosave", "public.skm",
        ] {
            XCTAssertTrue(names.contains(expected), "\(expected) in \(names)")
        }
        for run in report.runs {
            XCTAssertGreaterThan(run.requests, 0, run.name)
            XCTAssertEqual(run.failures, 0, run.name)
        }
        XCTAssertEqual(report.lost["public.complaint"], 0)
        XCTAssertEqual(report.lost["public.skm"], 0)
        XCTAssertEqual(report.lines.count, report.runs.count + 4, report.lines.joined(separator: "\n"))
    }
}
