import Fluent
import Vapor
import XCTest
@testable import ZIServer

/// The whistleblowing rows of the role × route matrix (see ``RoleMatrixTests``). Three handler
/// accounts join the people, each with their key unlocked in both sessions: `pengelola` holds
/// the report's key, `pengelola2` was designated in the same unit after the report arrived (so
/// the key was never wrapped for them), `pengelolab` handles another unit. Nobody else — the
/// super-admin included — reads a report through any route; the counts are for the unit's
/// leadership, the agency and the TPI.
extension RoleMatrixTests {
    static let wbsHandlers = ["pengelola", "pengelola2", "pengelolab"]

    /// Every handler may open the handler pages of their own units.
    static let wbsHandlerPages: [String: HTTPStatus] = ["pengelola": .ok, "pengelola2": .ok, "pengelolab": .ok]
    /// Only the handler who holds the report's key.
    static let wbsReportReaders: [String: HTTPStatus] = ["pengelola": .ok]
    static let wbsReportWriters: [String: HTTPStatus] = ["pengelola": .unprocessableEntity]
    static let wbsStatisticsReaders: [String: HTTPStatus] = [
        "admin": .ok, "adminka": .ok, "pimpinana1": .ok, "evaluator": .ok, "pengelola": .ok, "pengelola2": .ok,
    ]

    static let wbsRoutes: [Route] = [
        Route(
            name: "web: WBS reports", method: .GET, path: { _ in "/wbs" }, allowed: wbsHandlerPages.merging(["anonymous": .seeOther]) { $1 }
        ),
        Route(
            name: "web: WBS keys page", method: .GET, path: { _ in "/wbs/keys" },
            allowed: wbsHandlerPages.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: WBS report of A1", method: .GET, path: { "/wbs/reports/\($0.wbs.reportID)" },
            allowed: wbsReportReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: WBS attachment of A1", method: .GET, path: { "/wbs/reports/\($0.wbs.reportID)/attachments/\($0.wbs.attachmentID)" },
            allowed: wbsReportReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: WBS statistics of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/wbs/statistics" },
            allowed: wbsStatisticsReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(name: "WBS reports", method: .GET, path: { _ in "/api/v1/wbs/reports" }, allowed: wbsHandlerPages),
        Route(name: "WBS report of A1", method: .GET, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)" }, allowed: wbsReportReaders),
        Route(
            name: "WBS attachment of A1", method: .GET,
            path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/attachments/\($0.wbs.attachmentID)" },
            allowed: wbsReportReaders),
        Route(
            name: "move a WBS report (no status)", method: .POST, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/status" },
            body: { _ in ["status": AnyEncodable("")] }, allowed: wbsReportWriters),
        Route(
            name: "write to the reporter (no text)", method: .POST, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/messages" },
            body: { _ in ["text": AnyEncodable("")] }, allowed: wbsReportWriters),
        Route(
            name: "internal note (no text)", method: .POST, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/notes" },
            body: { _ in ["text": AnyEncodable("")] }, allowed: wbsReportWriters),
        Route(
            name: "add an unknown handler", method: .POST, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/handlers" },
            body: { _ in ["userID": AnyEncodable(UUID().uuidString)] }, allowed: wbsReportWriters),
        Route(
            name: "remove an unknown handler", method: .DELETE, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/handlers/\(UUID())" },
            allowed: wbsReportWriters),
        Route(
            name: "retention of 0 months", method: .PUT, path: { "/api/v1/wbs/reports/\($0.wbs.reportID)/retention" },
            body: { _ in ["months": AnyEncodable(0)] }, allowed: wbsReportWriters),
        Route(
            name: "unlock without a code", method: .POST, path: { _ in "/api/v1/wbs/unlock" },
            body: { _ in ["code": AnyEncodable(""), "password": AnyEncodable("")] },
            allowed: ["pengelola": .unprocessableEntity, "pengelola2": .unprocessableEntity, "pengelolab": .unprocessableEntity]),
        Route(
            name: "WBS statistics of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/wbs/statistics" },
            allowed: wbsStatisticsReaders),
        Route(
            name: "public: WBS form of A1", method: .GET, path: { "/publik/\($0.unitA1.id!)/wbs" }, allowed: ["anonymous": .ok],
            otherwise: .ok),
        Route(name: "public: WBS tracking form", method: .GET, path: { _ in "/wbs/lacak" }, allowed: ["anonymous": .ok], otherwise: .ok),
    ]
}

/// The report of the matrix: filed through the public form of unit A1, with one attachment.
struct WBSContext: Sendable {
    let reportID: UUID
    let attachmentID: UUID

    /// The handlers of ``RoleMatrixTests/wbsHandlers`` by name, and the report (filed before `pengelola2` was designated).
    static func make(_ fixture: Fixture, _ client: Client) async throws -> (WBSContext, [String: WBSTestHandler]) {
        let pengelola = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
        let pengelolab = try await WBSTestHandler.make(fixture, "pengelolab", unit: fixture.unitB1)
        let (filed, _) = try await WBSTest.submit(client, to: fixture.unitA1)
        guard filed.status == .created else { throw TestFailure("the matrix report was not filed: \(filed.status)") }
        let pengelola2 = try await WBSTestHandler.make(fixture, "pengelola2", unit: fixture.unitA1)
        let report = try await WBSTest.report(fixture.app)
        guard let attachment = try await WBSAttachment.query(on: fixture.app.db).first() else { throw TestFailure("no attachment") }
        return (
            WBSContext(reportID: report.id!, attachmentID: attachment.id!),
            ["pengelola": pengelola, "pengelola2": pengelola2, "pengelolab": pengelolab]
        )
    }

    /// The matrix's requests changed nothing.
    func assertUnchanged(_ app: Application) async throws {
        let report = try await WBSTest.report(app)
        XCTAssertEqual(report.status, "baru")
        XCTAssertEqual(report.retentionMonths, 24)
        let entries = try await WBSEntry.query(on: app.db).count()
        XCTAssertEqual(entries, 0)
        let handlers = try await WBSReportHandler.query(on: app.db).count()
        XCTAssertEqual(handlers, 1)
    }
}
