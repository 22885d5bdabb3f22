import Fluent
import Foundation
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The handlers' side: keys and second factor, the workflow, reassignment, retention, statistics.
final class WBSHandlerTests: XCTestCase {
    func testHandlerMakesKeysConfirmsTheAuthenticatorAndUnlocksWithBothFactors() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.user(
                "pengelola", [RoleInput(role: Role.pengelolaWBS.rawValue, unitID: fixture.unitA1.id)], instansi: fixture.instansiA)
            let cookies = try await client.webLogin("pengelola", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let home = try await client.send(.GET, "/wbs", cookies: cookies)
            XCTAssertEqual(home.location, "/wbs/keys", "no keys yet")

            let weak = try await client.send(
                .POST, "/wbs/keys", form: ["password": "pendek", "confirmation": "pendek", "_csrf": csrf], cookies: cookies)
            XCTAssertEqual(weak.status, .unprocessableEntity)
            XCTAssertTrue(weak.body.contains("Kata sandi minimal 10 karakter."))
            let made = try await client.send(
                .POST, "/wbs/keys",
                form: [
                    "password": WBSTest.keyPassword, "confirmation": WBSTest.keyPassword,
                    "_csrf": csrf,
                ], cookies: cookies)
            XCTAssertEqual(made.status, .created)
            XCTAssertEqual(made.headers.first(name: .cacheControl), "no-store")
            let recoveryCode = try XCTUnwrap(
                made.body.range(of: #"([A-Z2-7]{4}-){7}[A-Z2-7]{4}"#, options: .regularExpression)
                    .map { String(made.body[$0]) }, "the recovery code is shown once")
            let secretText = try XCTUnwrap(
                made.body.range(of: #"secret=[A-Z2-7]+"#, options: .regularExpression).map { String(made.body[$0].dropFirst(7)) })
            let codes = TOTPCodes(try XCTUnwrap(TOTPSecret(base32: secretText)))
            let storedKeys = try await WBSKeyService.keys(of: try await userID(app, "pengelola"), on: app.db)
            let stored = try XCTUnwrap(storedKeys)
            XCTAssertFalse(stored.totpConfirmed)
            let again = try await client.send(.GET, "/wbs/keys", cookies: cookies)
            XCTAssertFalse(again.body.contains(recoveryCode), "never shown again")

            let firstCode = codes.next()
            let confirmed = try await client.send(
                .POST, "/wbs/keys/authenticator", form: ["code": firstCode, "_csrf": csrf],
                cookies: cookies)
            XCTAssertEqual(confirmed.status, .seeOther)
            let homeLocked = try await client.send(.GET, "/wbs", cookies: cookies).location?.hasPrefix("/wbs/unlock")
            XCTAssertEqual(homeLocked, true, "locked until unlocked")

            let replayed = try await client.send(
                .POST, "/wbs/unlock",
                form: [
                    "code": firstCode, "password": WBSTest.keyPassword,
                    "_csrf": csrf,
                ], cookies: cookies)
            XCTAssertEqual(replayed.status, .unprocessableEntity, "a used code is refused")
            XCTAssertTrue(replayed.body.contains("sudah pernah dipakai"))
            let wrongPassword = try await client.send(
                .POST, "/wbs/unlock",
                form: [
                    "code": codes.next(), "password": "SalahSekali99",
                    "_csrf": csrf,
                ], cookies: cookies)
            XCTAssertEqual(wrongPassword.status, .unprocessableEntity)
            XCTAssertTrue(wrongPassword.body.contains("Kata sandi kunci WBS salah."))
            let unlocked = try await client.send(
                .POST, "/wbs/unlock",
                form: [
                    "code": codes.next(), "password": WBSTest.keyPassword,
                    "next": "/wbs", "_csrf": csrf,
                ], cookies: cookies)
            XCTAssertEqual(unlocked.location, "/wbs")
            let homeStatus = try await client.send(.GET, "/wbs", cookies: cookies).status
            XCTAssertEqual(homeStatus, .ok)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "wbs_handler_keys").all().map(\.action)
            XCTAssertEqual(audit, ["create", "confirm_authenticator", "unlock_failed", "unlock_failed", "unlock"])

            _ = try await client.send(.POST, "/logout", form: ["_csrf": csrf], cookies: cookies)
            let next = try await client.webLogin("pengelola", Fixture.password)
            let nextSessionLocked = try await client.send(.GET, "/wbs", cookies: next).location?.hasPrefix("/wbs/unlock")
            XCTAssertEqual(
                nextSessionLocked, true,
                "the key is unlocked per session only")
        }
    }

    func testReplayedCodeIsRefusedAndFailuresLockTheKey() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let token = try await client.login("pengelola", Fixture.password)
            let code = handler.code()
            let first = try await client.send(
                .POST, "/api/v1/wbs/unlock", token: token, json: ["code": code, "password": WBSTest.keyPassword])
            XCTAssertEqual(first.status, .noContent)
            let replay = try await client.send(
                .POST, "/api/v1/wbs/unlock", token: token, json: ["code": code, "password": WBSTest.keyPassword])
            XCTAssertEqual(replay.status, .unprocessableEntity)
            XCTAssertEqual(replay.errorCode, "wbs_wrong_code")
            for _ in 0..<4 {
                _ = try await client.send(.POST, "/api/v1/wbs/unlock", token: token, json: ["code": "000000", "password": "x"])
            }
            let locked = try await client.send(
                .POST, "/api/v1/wbs/unlock", token: token, json: ["code": handler.code(), "password": WBSTest.keyPassword])
            XCTAssertEqual(locked.status, .tooManyRequests, "five failures lock the key for a while")
            XCTAssertEqual(locked.errorCode, "wbs_unlock_throttled")
        }
    }

    func testStatusesMoveForwardClosingNeedsAReasonTheReporterReads() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let (_, receipt) = try await WBSTest.submit(client, to: fixture.unitA1, withAttachment: false)
            let report = try await WBSTest.report(app)
            let token = try await handler.apiSession(client)
            let path = "/api/v1/wbs/reports/\(report.id!)"
            let skip = try await client.send(.POST, path + "/status", token: token, json: ["status": "selesai", "reason": "x"])
            XCTAssertEqual(skip.status, .conflict, "baru cannot end as selesai without review")
            let reviewed = try await client.send(.POST, path + "/status", token: token, json: ["status": "ditelaah"]).status
            XCTAssertEqual(reviewed, .ok)
            let noReason = try await client.send(.POST, path + "/status", token: token, json: ["status": "tidak_ditindaklanjuti"])
            XCTAssertEqual(noReason.status, .unprocessableEntity)
            XCTAssertEqual(noReason.fieldErrors, ["reason"])
            let closed = try await client.send(
                .POST, path + "/status", token: token,
                json: ["status": "tidak_ditindaklanjuti", "reason": "Di luar kewenangan unit; diteruskan ke Inspektorat."])
            XCTAssertEqual(closed.status, .ok)
            let detail = try closed.json(WBSReportDetailDTO.self)
            XCTAssertEqual(detail.summary.status, "tidak_ditindaklanjuti")
            XCTAssertEqual(detail.next, [])
            XCTAssertEqual(detail.retentionMonths, 24)
            let reopened = try await client.send(.POST, path + "/status", token: token, json: ["status": "ditelaah"]).status
            XCTAssertEqual(reopened, .conflict)

            let tracked = try await client.send(.POST, "/wbs/lacak", form: ["receipt": try XCTUnwrap(receipt)], headers: WBSTest.sameOrigin)
            XCTAssertTrue(tracked.body.contains("Tidak ditindaklanjuti: Di luar kewenangan unit; diteruskan ke Inspektorat."))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "wbs_report").sort(\.$seq).all()
            XCTAssertEqual(audit.map(\.action), ["status", "status"])
            XCTAssertFalse(audit.contains { ($0.afterJSON ?? "").contains("kewenangan") }, "no text in the audit trail")
        }
    }

    func testRetentionPurgesTheContentAndKeepsTheCounts() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let (_, receipt) = try await WBSTest.submit(client, to: fixture.unitA1)
            let report = try await WBSTest.report(app)
            let token = try await handler.apiSession(client)
            let path = "/api/v1/wbs/reports/\(report.id!)"
            let tooLong = try await client.send(.PUT, path + "/retention", token: token, json: ["months": 200]).status
            XCTAssertEqual(tooLong, .unprocessableEntity)
            let shorter = try await client.send(.PUT, path + "/retention", token: token, json: ["months": 3]).status
            XCTAssertEqual(shorter, .ok)
            _ = try await client.send(.POST, path + "/status", token: token, json: ["status": "ditelaah"])
            _ = try await client.send(
                .POST, path + "/status", token: token, json: ["status": "selesai", "reason": "Sanksi telah dijatuhkan."])
            let closed = try await WBSTest.report(app)
            let purgeOn = try XCTUnwrap(closed.purgeOn)
            XCTAssertEqual(purgeOn, WhistleblowingRetention.purgeDate(closedOn: TestApp.clock.today(), months: 3).description)
            let attachmentRow = try await WBSAttachment.query(on: app.db).first()
            let blob = try XCTUnwrap(attachmentRow).blobHash

            let early = try await WBSRetentionPurge.run(app, today: TestApp.clock.today().description)
            XCTAssertEqual(early.reports, 0, "not before its day")
            let dry = try await WBSRetentionPurge.run(app, today: purgeOn, dryRun: true)
            XCTAssertEqual([dry.reports, dry.attachments], [1, 1])
            let keptContent = try await WBSTest.report(app).sealedReport
            XCTAssertNotNil(keptContent, "a dry run deletes nothing")
            let done = try await WBSRetentionPurge.run(app, today: purgeOn)
            XCTAssertEqual([done.reports, done.attachments], [1, 1])

            let purged = try await WBSTest.report(app)
            XCTAssertNil(purged.sealedReport)
            XCTAssertNil(purged.keyring)
            XCTAssertNil(purged.lookupID)
            XCTAssertEqual(purged.status, "selesai")
            let attachments = try await WBSAttachment.query(on: app.db).count()
            XCTAssertEqual(attachments, 0)
            let contains = try await app.evidence.store.contains(blob)
            XCTAssertFalse(contains, "the ciphertext is gone too")
            let kinds = try await WBSEntry.query(on: app.db).all().map(\.kind)
            XCTAssertEqual(kinds, [.status, .status], "status history stays, messages go")
            let tracked = try await client.send(.POST, "/wbs/lacak", form: ["receipt": try XCTUnwrap(receipt)], headers: WBSTest.sameOrigin)
            XCTAssertEqual(tracked.status, .notFound, "the receipt opens nothing any more")
            let purgedRead = try await client.send(.GET, path, token: token).status
            XCTAssertEqual(purgedRead, .gone)
            let statistics = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/wbs/statistics", token: token)
                .json(WBSStatisticsDTO.self)
            XCTAssertEqual(statistics.allTimeByStatus["selesai"], 1, "still counted")
        }
    }

    func testAddingAndRemovingHandlersRewrapsTheReportKey() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let first = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            _ = try await WBSTest.submit(client, to: fixture.unitA1, withAttachment: false)
            let report = try await WBSTest.report(app)
            let later = try await WBSTestHandler.make(fixture, "pengelola2", unit: fixture.unitA1)
            let firstToken = try await first.apiSession(client)
            let laterToken = try await later.apiSession(client)
            let path = "/api/v1/wbs/reports/\(report.id!)"
            let refused = try await client.send(.GET, path, token: laterToken)
            XCTAssertEqual(refused.status, .forbidden, "designated after the report: the key was not wrapped for them")
            XCTAssertEqual(refused.errorCode, "wbs_not_recipient")
            let list = try await client.send(.GET, "/api/v1/wbs/reports", token: laterToken).json([WBSReportSummaryDTO].self)
            XCTAssertEqual(list.map(\.isRecipient), [false])
            XCTAssertEqual(list.map(\.title), [nil])

            let removeLast = try await client.send(.DELETE, path + "/handlers/\(first.userID)", token: firstToken)
            XCTAssertEqual(removeLast.status, .conflict)
            XCTAssertEqual(removeLast.errorCode, "wbs_last_handler")
            let added = try await client.send(.POST, path + "/handlers", token: firstToken, json: ["userID": later.userID.uuidString])
            XCTAssertEqual(added.status, .ok)
            XCTAssertEqual(try added.json(WBSReportDetailDTO.self).handlers, ["Pengelola", "Pengelola2"])
            let laterRead = try await client.send(.GET, path, token: laterToken).status
            XCTAssertEqual(laterRead, .ok, "the key is wrapped for them now")
            let reassigned = try await client.send(.DELETE, path + "/handlers/\(first.userID)", token: laterToken).status
            XCTAssertEqual(reassigned, .ok)
            let firstRead = try await client.send(.GET, path, token: firstToken).status
            XCTAssertEqual(firstRead, .forbidden, "reassigned away")
            let storedKeyring = try await WBSTest.report(app).keyring
            let keyring = try StoredJSON.decode(ReportKeyring.self, from: try XCTUnwrap(storedKeyring))
            XCTAssertEqual(keyring.handlers.count, 1)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "wbs_report").sort(\.$seq).all().map(\.action)
            XCTAssertEqual(actions, ["handler_added", "handler_removed"])
        }
    }

    func testRecoveryCodeReplacesAForgottenPassword() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            _ = try await WBSTest.submit(client, to: fixture.unitA1, withAttachment: false)
            let userID = handler.userID
            // The keys of the fixture were made without showing a code: make a known one the way recovery does.
            let fixtureKeys = try await WBSKeyService.keys(of: userID, on: app.db)
            let keys = try XCTUnwrap(fixtureKeys)
            let privateKey = try StoredJSON.decode(SealedPrivateKey.self, from: keys.passwordSealed).unlock(password: WBSTest.keyPassword)
            let set = try HandlerKeySet(privateKey: privateKey, password: WBSTest.keyPassword, parameters: WBSTest.cheapScrypt)
            keys.recoverySealed = try StoredJSON.encode(set.recoverySealed)
            try await app.write { db in try await keys.save(on: db) }

            let cookies = try await client.webLogin("pengelola", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let wrong = try await client.send(
                .POST, "/wbs/recover",
                form: [
                    "code": handler.code(), "recoveryCode": "AAAA-BBBB", "password": "BaruSekali2026",
                    "confirmation": "BaruSekali2026", "_csrf": csrf,
                ], cookies: cookies)
            XCTAssertEqual(wrong.status, .unprocessableEntity)
            XCTAssertTrue(wrong.body.contains("Kode pemulihan salah."))
            let recovered = try await client.send(
                .POST, "/wbs/recover",
                form: [
                    "code": handler.code(), "recoveryCode": set.recoveryCode.grouped.lowercased(),
                    "password": "BaruSekali2026", "confirmation": "BaruSekali2026",
                    "_csrf": csrf,
                ], cookies: cookies)
            XCTAssertEqual(recovered.status, .created)
            let newCode = try XCTUnwrap(
                recovered.body.range(of: #"([A-Z2-7]{4}-){7}[A-Z2-7]{4}"#, options: .regularExpression).map { String(recovered.body[$0]) })
            XCTAssertNotEqual(newCode, set.recoveryCode.grouped, "the used code is replaced")
            let homeAfterRecovery = try await client.send(.GET, "/wbs", cookies: cookies).status
            XCTAssertEqual(homeAfterRecovery, .ok, "unlocked by the recovery")
            let resealedKeys = try await WBSKeyService.keys(of: userID, on: app.db)
            let resealed = try XCTUnwrap(resealedKeys)
            let sealed = try StoredJSON.decode(SealedPrivateKey.self, from: resealed.passwordSealed)
            XCTAssertThrowsError(try sealed.unlock(password: WBSTest.keyPassword))
            XCTAssertEqual(try sealed.unlock(password: "BaruSekali2026").publicKey, privateKey.publicKey, "the same key pair")
        }
    }

    func testStatisticsCountByStatusAndPeriodWithoutContent() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            try await fixture.user("kepala", [RoleInput(role: "pimpinan", unitID: fixture.unitA1.id)], instansi: fixture.instansiA)
            for _ in 0..<3 { _ = try await WBSTest.submit(client, to: fixture.unitA1, withAttachment: false) }
            let token = try await handler.apiSession(client)
            let reports = try await WBSReport.query(on: app.db).all()
            _ = try await client.send(.POST, "/api/v1/wbs/reports/\(reports[0].id!)/status", token: token, json: ["status": "ditelaah"])
            let head = try await client.login("kepala", Fixture.password)
            let period = MonitoringCadence.triwulan.period(containing: TestApp.clock.today())
            let reply = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/wbs/statistics?period=\(period.key)", token: head)
            XCTAssertEqual(reply.status, .ok)
            let statistics = try reply.json(WBSStatisticsDTO.self).statistics
            XCTAssertEqual(statistics.received, 3)
            XCTAssertEqual(statistics.byStatus["baru"], 2)
            XCTAssertEqual(statistics.byStatus["ditelaah"], 1)
            XCTAssertEqual(statistics.followedUp, 1)
            XCTAssertEqual(statistics.months.map(\.received).reduce(0, +), 3)
            XCTAssertFalse(reply.body.contains("Pungutan"), "counts only")
            let cookies = try await client.webLogin("kepala", Fixture.password)
            let page = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/wbs/statistics", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("Statistik WBS"))
            XCTAssertTrue(page.body.contains(RequestNames.indonesian(period)))
            let badPeriod = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/wbs/statistics?period=2026-X1", token: head)
                .status
            XCTAssertEqual(
                badPeriod,
                .unprocessableEntity)
            let headList = try await client.send(.GET, "/api/v1/wbs/reports", token: head).status
            XCTAssertEqual(headList, .forbidden, "the head reads no report")
        }
    }

    func testSettingsReadTheWhistleblowingVariables() throws {
        let settings = try Settings.fromEnvironment([
            "SIZI_WBS_SCRYPT_CONCURRENCY": "3", "SIZI_WBS_ATTACHMENT_MAX_MB": "5",
            "SIZI_WBS_RETENTION_MONTHS": "60", "SIZI_WBS_UNLOCK_MINUTES": "10",
            "SIZI_WBS_UPLOAD_DIR": "/dev/shm/sizi-wbs",
        ])
        XCTAssertEqual(settings.whistleblowing.scryptConcurrency, 3)
        XCTAssertEqual(settings.whistleblowing.attachmentMaxBytes, 5 << 20)
        XCTAssertEqual(settings.whistleblowing.retentionMonths, 60)
        XCTAssertEqual(settings.whistleblowing.unlockMinutes, 10)
        XCTAssertEqual(settings.whistleblowingUploadDirectory.path, "/dev/shm/sizi-wbs")
        XCTAssertEqual(settings.whistleblowing.scrypt, .standard, "production always uses the standard cost")
        XCTAssertThrowsError(try Settings.fromEnvironment(["SIZI_WBS_RETENTION_MONTHS": "0"]))
    }

    private func userID(_ app: Application, _ username: String) async throws -> UUID {
        let found = try await User.query(on: app.db).filter(\.$username == username).first()?.id
        return try XCTUnwrap(found)
    }
}
