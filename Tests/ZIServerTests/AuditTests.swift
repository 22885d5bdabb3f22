import Fluent
import SQLKit
import XCTest
@testable import ZIServer

/// The hash-chained audit trail: every write leaves an entry, and tampering is detected.
final class AuditTests: XCTestCase {
    func testWritesLeaveChainedEntriesWithBeforeAndAfter() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            _ = try await client.send(.PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: token, json: ["name": "Balai Besar A1"])
            let entry = try await AuditEntry.query(on: app.db).filter(\.$entity == "unit").filter(\.$action == "update").first()
            let update = try XCTUnwrap(entry)
            XCTAssertEqual(update.actorName, "admin")
            XCTAssertEqual(update.unitID, fixture.unitA1.id)
            XCTAssertEqual(update.instansiID, fixture.instansiA.id)
            XCTAssertTrue(update.beforeJSON?.contains("\"name\":\"Balai A1\"") ?? false)
            XCTAssertTrue(update.afterJSON?.contains("\"name\":\"Balai Besar A1\"") ?? false)
            let report = try await AuditAdmin.verify(app)
            XCTAssertTrue(report.intact, report.message)
        }
    }

    func testVerifyFindsTheFirstTamperedRow() async throws {
        try await withApp { app, _ in
            _ = try await Fixture.make(app)
            let entries = try await AuditEntry.query(on: app.db).sort(\.$seq).all()
            XCTAssertGreaterThan(entries.count, 4)
            let sql = try XCTUnwrap(app.db as? any SQLDatabase)
            try await sql.update(AuditEntry.schema)
                .set("after_json", to: #"{"name":"Balai Palsu"}"#)
                .where("seq", .equal, 3)
                .run()
            let result = try await AuditVerifier.verify(on: app.db)
            XCTAssertEqual(result, .broken(seq: 3, reason: "content does not match its hash"))
            let report = try await AuditAdmin.verify(app)
            XCTAssertFalse(report.intact)
            XCTAssertTrue(report.message.contains("seq 3"))
        }
    }

    func testVerifyFindsARowRemovedOrRehashedInTheMiddle() async throws {
        try await withApp { app, _ in
            _ = try await Fixture.make(app)
            let sql = try XCTUnwrap(app.db as? any SQLDatabase)
            try await sql.delete(from: AuditEntry.schema).where("seq", .equal, 2).run()
            let missing = try await AuditVerifier.verify(on: app.db)
            XCTAssertEqual(missing, .broken(seq: 2, reason: "entry missing (next is 3)"))
        }
        try await withApp { app, _ in
            _ = try await Fixture.make(app)
            // A forger who recomputes the row's own hash still breaks the link of the next row.
            let found = try await AuditEntry.query(on: app.db).filter(\.$seq == 2).first()
            let entry = try XCTUnwrap(found)
            entry.actorName = "orang lain"
            entry.hash = AuditLog.hash(of: entry)
            try await entry.save(on: app.db)
            let relinked = try await AuditVerifier.verify(on: app.db)
            XCTAssertEqual(relinked, .broken(seq: 3, reason: "link to previous entry does not match"))
        }
    }

    func testAnAnchorKeptOutsideDetectsRemovedNewestEntries() async throws {
        try await withApp { app, _ in
            _ = try await Fixture.make(app)
            let head = try await AuditAdmin.head(app)
            let anchored = try await AuditAdmin.verify(app, anchor: head)
            XCTAssertTrue(anchored.intact, anchored.message)
            let newest = try await AuditVerifier.head(on: app.db)
            let sql = try XCTUnwrap(app.db as? any SQLDatabase)
            try await sql.delete(from: AuditEntry.schema).where("seq", .greaterThanOrEqual, newest!.seq - 1).run()
            let plain = try await AuditVerifier.verify(on: app.db)
            guard case .intact = plain else { return XCTFail("the chain alone cannot see a cut-off end: \(plain)") }
            let cut = try await AuditAdmin.verify(app, anchor: head)
            XCTAssertFalse(cut.intact)
            XCTAssertTrue(cut.message.contains("seq \(newest!.seq)"), cut.message)
            do {
                _ = try await AuditAdmin.verify(app, anchor: "bukan-anchor")
                XCTFail("a malformed anchor is refused")
            } catch is CommandLineError {}
        }
    }

    func testConcurrentWritesKeepOneUnbrokenChain() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        let reply = try await client.send(
                            .POST, "/api/v1/units", token: token,
                            json: [
                                "instansiID": fixture.instansiA.id!.uuidString, "name": "Satker \(index)", "code": "C\(index)",
                            ])
                        XCTAssertEqual(reply.status, .created, reply.body)
                    }
                }
                try await group.waitForAll()
            }
            let result = try await AuditVerifier.verify(on: app.db)
            guard case .intact(let count) = result else { return XCTFail("\(result)") }
            let stored = try await AuditEntry.query(on: app.db).count()
            XCTAssertEqual(count, stored)
        }
    }

    func testAuditListIsFilteredAndScopedToTheAgency() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let adminToken = try await client.login("admin", TestApp.adminPassword)
            let all = try await client.send(.GET, "/api/v1/audit?entity=unit&action=create", token: adminToken)
                .json(ListPage<AuditEntryDTO>.self)
            XCTAssertEqual(all.total, 3)
            let agencyToken = try await client.login("adminka", Fixture.password)
            let scoped = try await client.send(.GET, "/api/v1/audit?entity=unit&action=create", token: agencyToken)
                .json(ListPage<AuditEntryDTO>.self)
            XCTAssertEqual(scoped.total, 2, "agency admins see their agency's entries only")
            XCTAssertTrue(scoped.items.allSatisfy { $0.instansiID == fixture.instansiA.id })
        }
    }
}
