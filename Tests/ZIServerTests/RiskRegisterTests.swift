import Fluent
import Vapor
import XCTest
import ZICore
import ZIDocuments
@testable import ZIServer

/// The SPIP risk register over real HTTP: levels from the bundled matrix (checked by hand against
/// its table), the heat maps' counts before and after controls, search, level filter, order and
/// pages, validation that names the field, soft and audited deletion, control actions with their
/// owners, quarterly monitoring, the pages, and refusals for other units and roles.
final class RiskRegisterTests: XCTestCase {
    /// A risk body for the API.
    private func risk(
        _ statement: String, _ likelihood: Int, _ impact: Int, residual: (Int, Int)? = nil, year: Int = 2026,
        objective: String = "Pelayanan perizinan tepat waktu", cause: String = "Antrean manual"
    ) -> [String: AnyEncodable] {
        var body: [String: AnyEncodable] = [
            "year": AnyEncodable(year), "objective": AnyEncodable(objective), "statement": AnyEncodable(statement),
            "cause": AnyEncodable(cause), "effect": AnyEncodable("Keluhan masyarakat"), "likelihood": AnyEncodable(likelihood),
            "impact": AnyEncodable(String(impact)), "existingControls": AnyEncodable("SOP layanan"),
        ]
        if let residual {
            body["residualLikelihood"] = AnyEncodable(residual.0)
            body["residualImpact"] = AnyEncodable(residual.1)
        }
        return body
    }

    private func create(_ client: Client, _ unit: WorkUnit, token: String, _ body: [String: AnyEncodable]) async throws -> RiskDetailDTO {
        let reply = try await client.send(.POST, "/api/v1/units/\(unit.id!)/risks", token: token, json: body)
        guard reply.status == .created else { throw TestFailure("create risk: \(reply.status) \(reply.body)") }
        return try reply.json(RiskDetailDTO.self)
    }

    func testLevelsHeatMapsListAndAudit() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let unit = fixture.unitA1
            // Hand-checked in Resources/risk/README.md's table: 4×3 scores 16 (Tinggi), 2×2 7 (Rendah),
            // 1×5 20 (Sangat Tinggi), 1×3 5 (Sangat Rendah), 3×3 14 (Sedang).
            let r1 = try await create(client, unit, token: token, risk("Berkas perizinan hilang", 4, 3, residual: (2, 2)))
            XCTAssertEqual(r1.risk.inherent.score, 16)
            XCTAssertEqual(r1.risk.inherent.level, "tinggi")
            XCTAssertEqual(r1.risk.inherent.levelLabel, "Tinggi")
            XCTAssertEqual(r1.risk.residual?.score, 7)
            XCTAssertEqual(r1.risk.residual?.level, "rendah")
            let r2 = try await create(
                client, unit, token: token, risk("Pungutan liar di loket", 1, 5, residual: (1, 3), cause: "Pembayaran TUNAI"))
            XCTAssertEqual(r2.risk.inherent.score, 20)
            XCTAssertEqual(r2.risk.inherent.level, "sangat-tinggi")
            XCTAssertEqual(r2.risk.residual?.level, "sangat-rendah")
            let r3 = try await create(client, unit, token: token, risk("Server layanan mati", 3, 3, objective: "Sistem daring tersedia"))
            XCTAssertEqual(r3.risk.inherent.level, "sedang")
            XCTAssertNil(r3.risk.residual)
            let r4 = try await create(client, unit, token: token, risk("Data pemohon bocor", 4, 3, residual: (2, 2)))
            _ = try await create(client, unit, token: token, risk("Risiko tahun lalu", 5, 5, year: 2025))

            let base = "/api/v1/units/\(unit.id!)/risks"
            let map = try await client.send(.GET, base + "/heatmap?year=2026", token: token).json(RiskHeatMapDTO.self)
            func counts(_ cells: [RiskHeatMapDTO.Cell]) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: cells.map { ("\($0.likelihood)x\($0.impact)", $0.count) })
            }
            XCTAssertEqual(map.total, 4)
            XCTAssertEqual(counts(map.before), ["4x3": 2, "1x5": 1, "3x3": 1])
            XCTAssertEqual(counts(map.after), ["2x2": 2, "1x3": 1])
            XCTAssertEqual(map.afterNotRated, 1)

            func statements(_ query: String) async throws -> (items: [String], total: Int) {
                let page = try await client.send(.GET, base + query, token: token).json(ListPage<RiskSummaryDTO>.self)
                return (page.items.map(\.statement), page.total)
            }
            let byScore = try await statements("?year=2026")
            XCTAssertEqual(byScore.items.first, "Pungutan liar di loket", "highest score first")
            XCTAssertEqual(byScore.items.last, "Server layanan mati")
            XCTAssertEqual(byScore.total, 4)
            let tinggi = try await statements("?year=2026&level=tinggi&sort=statement&desc=0")
            XCTAssertEqual(tinggi.items, ["Berkas perizinan hilang", "Data pemohon bocor"])
            let search = try await statements("?year=2026&q=tunai")
            XCTAssertEqual(search.items, ["Pungutan liar di loket"], "search ignores case and reads the cause")
            let objectiveSearch = try await statements("?year=2026&q=DARING")
            XCTAssertEqual(objectiveSearch.items, ["Server layanan mati"])
            let secondPage = try await statements("?year=2026&sort=statement&desc=0&per=2&page=2")
            XCTAssertEqual(secondPage.items, ["Pungutan liar di loket", "Server layanan mati"])
            XCTAssertEqual(secondPage.total, 4)
            let lastYear = try await statements("?year=2025")
            XCTAssertEqual(lastYear.items, ["Risiko tahun lalu"])
            let badLevel = try await client.send(.GET, base + "?level=merah", token: token)
            XCTAssertEqual(badLevel.status, .unprocessableEntity)

            // The register as XLSX: highest score first, ratings as numbers, levels from the matrix.
            let export = try await client.send(.GET, base + "/export.xlsx?year=2026", token: token)
            XCTAssertEqual(export.headers.first(name: .contentType), Download.xlsxType.serialize())
            let sheet = try XLSXReader().read(Data(try XCTUnwrap(export.bytes))).sheet(named: "Register Risiko")
            let cell = { (reference: String) in sheet[CellReference(reference)!]?.value }
            XCTAssertEqual(
                [cell("C2"), cell("F2"), cell("G2"), cell("H2"), cell("I2"), cell("N2"), cell("O2")],
                [
                    .text("Pungutan liar di loket"), .number(1), .number(5), .number(20), .text("Sangat Tinggi"), .number(5),
                    .text("Sangat Rendah"),
                ])
            XCTAssertEqual(cell("C5"), .text("Server layanan mati"))
            XCTAssertNil(cell("N5"), "not rated after controls")
            XCTAssertNil(cell("C6"), "only the year's risks")

            // Refused input names every field in Indonesian; nothing is stored.
            var bad = risk("", 6, 0, residual: nil)
            bad["objective"] = AnyEncodable("  ")
            bad["residualLikelihood"] = AnyEncodable("2")
            let refused = try await client.send(.POST, base, token: token, json: bad)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertEqual(Set(refused.fieldErrors), ["objective", "statement", "likelihood", "impact", "residualImpact"])
            XCTAssertTrue(refused.body.contains("Kemungkinan harus dipilih dari skala 1–5."), refused.body)
            XCTAssertTrue(refused.body.contains("Sasaran wajib diisi (maksimal 1000 karakter)."), refused.body)
            XCTAssertTrue(refused.body.contains("Dampak setelah pengendalian harus dipilih dari skala 1–5"), refused.body)

            // Change, then delete softly; both audited with the state before.
            var changed = risk("Server layanan mati", 3, 3, residual: (1, 1), objective: "Sistem daring tersedia")
            changed["existingControls"] = AnyEncodable("Server cadangan")
            let updated = try await client.send(.PUT, "/api/v1/risks/\(r3.risk.id)", token: token, json: changed)
            XCTAssertEqual(updated.status, .ok, updated.body)
            XCTAssertEqual(try updated.json(RiskDetailDTO.self).risk.residual?.level, "sangat-rendah")
            let deleted = try await client.send(.DELETE, "/api/v1/risks/\(r4.risk.id)", token: token)
            XCTAssertEqual(deleted.status, .noContent)
            let gone = try await client.send(.GET, "/api/v1/risks/\(r4.risk.id)", token: token)
            XCTAssertEqual(gone.status, .notFound)
            let kept = try await Risk.query(on: app.db).withDeleted().filter(\.$id == r4.risk.id).first()
            XCTAssertNotNil(kept?.deletedAt, "the row stays, marked deleted")
            let afterDelete = try await client.send(.GET, base + "/heatmap?year=2026", token: token).json(RiskHeatMapDTO.self)
            XCTAssertEqual(counts(afterDelete.before), ["4x3": 1, "1x5": 1, "3x3": 1])
            XCTAssertEqual(counts(afterDelete.after), ["2x2": 1, "1x3": 1, "1x1": 1])
            let entries = try await AuditEntry.query(on: app.db).filter(\.$entity == "risk").sort(\.$seq).all()
            XCTAssertEqual(entries.map(\.action), ["create", "create", "create", "create", "create", "update", "delete"])
            XCTAssertTrue(entries[5].beforeJSON?.contains("SOP layanan") ?? false)
            XCTAssertTrue(entries[5].afterJSON?.contains("Server cadangan") ?? false)
            XCTAssertTrue(entries[6].beforeJSON?.contains("Data pemohon bocor") ?? false)
            XCTAssertEqual(entries[6].unitID, unit.id)
        }
    }

    func testControlActionsMonitoringAndRefusals() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("pimpinana1", Fixture.password)
            let r1 = try await create(client, fixture.unitA1, token: token, risk("Berkas perizinan hilang", 4, 3, residual: (2, 2)))
            let path = "/api/v1/risks/\(r1.risk.id)"
            let anggota = try await User.query(on: app.db).filter(\.$username == "anggota").first()!
            let outsider = try await User.query(on: app.db).filter(\.$username == "anggotab").first()!

            let first = try await client.send(
                .POST, path + "/actions", token: token,
                json: ["description": "Digitalisasi arsip", "ownerID": anggota.id!.uuidString, "dueOn": "2026-06-30"])
            XCTAssertEqual(first.status, .created, first.body)
            let second = try await client.send(
                .POST, path + "/actions", token: token,
                json: ["description": "Kunci lemari arsip", "ownerName": "Kasubbag Umum"])
            let detail = try second.json(RiskDetailDTO.self)
            XCTAssertEqual(detail.actions.map(\.owner), ["Anggota", "Kasubbag Umum"])
            let foreignOwner = try await client.send(
                .POST, path + "/actions", token: token,
                json: ["description": "X", "ownerID": outsider.id!.uuidString])
            XCTAssertEqual(foreignOwner.fieldErrors, ["ownerID"], "the owner must be a user of the unit")
            let noOwner = try await client.send(.POST, path + "/actions", token: token, json: ["description": "X", "dueOn": "2026-13-01"])
            XCTAssertEqual(Set(noOwner.fieldErrors), ["ownerName", "dueOn"])
            XCTAssertTrue(noOwner.body.contains("Pilih penanggung jawab dari pengguna unit atau tuliskan namanya."))

            let (a1, a2) = (detail.actions[0].id, detail.actions[1].id)
            let monitored = try await client.send(
                .PUT, path + "/monitoring/2", token: token,
                json: [
                    "residualLikelihood": AnyEncodable(3), "residualImpact": AnyEncodable(2),
                    "note": AnyEncodable("Arsip 60% terdigitalisasi"),
                    "statuses": AnyEncodable([a1.uuidString.lowercased(): "dalamProses", a2.uuidString: "selesai"]),
                ])
            XCTAssertEqual(monitored.status, .ok, monitored.body)
            let quarters = try monitored.json(RiskDetailDTO.self).quarters
            XCTAssertNil(quarters[0].monitoring)
            XCTAssertEqual(quarters[1].label, "Triwulan II")
            XCTAssertEqual(quarters[1].monitoring?.residual.score, 10, "3×2 scores 10")
            XCTAssertEqual(quarters[1].monitoring?.residual.level, "rendah")
            XCTAssertEqual(quarters[1].monitoring?.statuses.map(\.status), ["dalamProses", "selesai"])
            let again = try await client.send(
                .PUT, path + "/monitoring/2", token: token,
                json: [
                    "residualLikelihood": AnyEncodable(2), "residualImpact": AnyEncodable(2),
                    "statuses": AnyEncodable([a1.uuidString: "selesai"]),
                ])
            XCTAssertEqual(
                try again.json(RiskDetailDTO.self).quarters[1].monitoring?.statuses.map(\.status), ["selesai", "terbuka"],
                "a quarter recorded again is replaced; an action left out is open")
            let fifth = try await client.send(
                .PUT, path + "/monitoring/5", token: token, json: ["residualLikelihood": "1", "residualImpact": "1"])
            XCTAssertEqual(fifth.fieldErrors, ["quarter"])
            let badStatus = try await client.send(
                .PUT, path + "/monitoring/1", token: token,
                json: [
                    "residualLikelihood": AnyEncodable(1), "residualImpact": AnyEncodable(1),
                    "statuses": AnyEncodable([a1.uuidString: "beres"]),
                ])
            XCTAssertEqual(badStatus.fieldErrors, ["statuses"])
            let monitoringAudit = try await AuditEntry.query(on: app.db).filter(\.$entity == "risk_monitoring").sort(\.$seq).all()
            XCTAssertEqual(monitoringAudit.map(\.action), ["create", "update"])
            XCTAssertTrue(monitoringAudit[1].beforeJSON?.contains("Arsip 60% terdigitalisasi") ?? false)

            let removed = try await client.send(.DELETE, path + "/actions/\(a2)", token: token)
            XCTAssertEqual(removed.status, .noContent)
            let shown = try await client.send(.GET, path, token: token).json(RiskDetailDTO.self)
            XCTAssertEqual(shown.actions.map(\.description), ["Digitalisasi arsip"])
            XCTAssertEqual(shown.quarters[1].monitoring?.statuses.map(\.status), ["selesai"])
            let actionAudit = try await AuditEntry.query(on: app.db).filter(\.$entity == "risk_control_action").sort(\.$seq).all()
            XCTAssertEqual(actionAudit.map(\.action), ["create", "create", "delete"])

            // Other units and roles: the TPI reads, others are refused; nothing changes.
            let other = try await client.login("anggotab", Fixture.password)
            for (method, suffix) in [(HTTPMethod.GET, ""), (.PUT, ""), (.DELETE, ""), (.POST, "/actions"), (.PUT, "/monitoring/1")] {
                let reply = try await client.send(
                    method, path + suffix, token: other, json: method == .GET || method == .DELETE ? nil : ["x": "y"])
                XCTAssertEqual(reply.status, .forbidden, "anggotab \(method) \(suffix)")
            }
            let pegawai = try await client.login("pegawai", Fixture.password)
            let pegawaiRead = try await client.send(.GET, path, token: pegawai)
            XCTAssertEqual(pegawaiRead.status, .forbidden)
            let evaluator = try await client.login("evaluator", Fixture.password)
            let evaluatorRead = try await client.send(.GET, path, token: evaluator)
            XCTAssertEqual(evaluatorRead.status, .ok)
            let evaluatorDelete = try await client.send(.DELETE, path, token: evaluator)
            XCTAssertEqual(evaluatorDelete.status, .forbidden)
            let foreignAction = try await client.send(.DELETE, "/api/v1/risks/\(UUID())/actions/\(a1)", token: token)
            XCTAssertEqual(foreignAction.status, .notFound)
            let stillThere = try await client.send(.GET, path, token: token)
            XCTAssertEqual(stillThere.status, .ok)
        }
    }

    func testRegisterPages() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1
            let cookies = try await client.webLogin("koordinator", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let unitPage = try await client.send(.GET, "/units/\(unit.id!)", cookies: cookies)
            XCTAssertTrue(unitPage.body.contains("/units/\(unit.id!)/risks"), "the unit page links the register")
            let empty = try await client.send(.GET, "/units/\(unit.id!)/risks?year=2026", cookies: cookies)
            XCTAssertEqual(empty.status, .ok)
            XCTAssertTrue(empty.body.contains("Register risiko tahun 2026 masih kosong"))
            XCTAssertFalse(empty.body.contains("<svg"))

            var form = [
                "_csrf": csrf, "year": "2026", "objective": "Layanan <cepat>", "statement": "", "cause": "Petugas kurang",
                "effect": "Antrean panjang", "likelihood": "4", "impact": "", "residualLikelihood": "", "residualImpact": "",
            ]
            let refused = try await client.send(.POST, "/units/\(unit.id!)/risks", form: form, cookies: cookies)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertTrue(refused.body.contains("Pernyataan risiko wajib diisi"))
            XCTAssertTrue(refused.body.contains("Dampak harus dipilih dari skala 1–5."))
            XCTAssertTrue(refused.body.contains("Layanan &lt;cepat&gt;"), "what was typed is kept, escaped")
            XCTAssertTrue(refused.body.contains(#"<option value="4" selected>"#), "the chosen likelihood is kept")
            form["statement"] = "Antrean melebihi standar waktu"
            form["impact"] = "3"
            let created = try await client.send(.POST, "/units/\(unit.id!)/risks", form: form, cookies: cookies)
            XCTAssertEqual(created.status, .seeOther, created.body)
            let riskPath = try XCTUnwrap(created.location?.components(separatedBy: "?").first)
            XCTAssertTrue(riskPath.hasPrefix("/risks/"))

            let register = try await client.send(.GET, "/units/\(unit.id!)/risks?year=2026", cookies: cookies)
            XCTAssertEqual(register.body.components(separatedBy: "<svg").count - 1, 2, "both heat maps")
            XCTAssertTrue(
                register.body.contains("Per level: Sangat Tinggi 0, Tinggi 1, Sedang 0, Rendah 0, Sangat Rendah 0."), "before controls")
            XCTAssertTrue(
                register.body.contains("Per level: Sangat Tinggi 0, Tinggi 0, Sedang 0, Rendah 0, Sangat Rendah 0."), "after: not rated")
            XCTAssertTrue(register.body.contains("1 risiko belum dinilai setelah pengendalian."))
            XCTAssertTrue(register.body.contains(#"class="badge level-tinggi">Tinggi · 16"#))
            let filtered = try await client.send(.GET, "/units/\(unit.id!)/risks?year=2026&level=rendah", cookies: cookies)
            XCTAssertTrue(filtered.body.contains("Tidak ada risiko yang sesuai dengan saringan."))

            let action = try await client.send(
                .POST, riskPath + "/actions", form: ["_csrf": csrf, "description": "Tambah loket", "ownerName": "Kepala Seksi"],
                cookies: cookies)
            XCTAssertEqual(action.status, .seeOther, action.body)
            let page = try await client.send(.GET, riskPath, cookies: cookies)
            XCTAssertTrue(page.body.contains("Tambah loket") && page.body.contains("Kepala Seksi") && page.body.contains("Triwulan IV"))
            let storedAction = try await RiskControlAction.query(on: app.db).first()
            let actionID = try XCTUnwrap(storedAction?.id)
            let badQuarter = try await client.send(
                .POST, riskPath + "/monitoring/1",
                form: [
                    "_csrf": csrf, "residualLikelihood": "9", "residualImpact": "2", "note": "Catatan <triwulan>",
                    "statuses[\(actionID)]": "selesai",
                ], cookies: cookies)
            XCTAssertEqual(badQuarter.status, .unprocessableEntity)
            XCTAssertTrue(badQuarter.body.contains("Kemungkinan setelah pengendalian harus dipilih dari skala 1–5"))
            XCTAssertTrue(badQuarter.body.contains("Catatan &lt;triwulan&gt;"), "the typed note is kept")
            let quarter = try await client.send(
                .POST, riskPath + "/monitoring/1",
                form: [
                    "_csrf": csrf, "residualLikelihood": "2", "residualImpact": "3", "note": "Loket ditambah",
                    "statuses[\(actionID)]": "selesai",
                ], cookies: cookies)
            XCTAssertEqual(quarter.status, .seeOther, quarter.body)
            let monitored = try await client.send(.GET, riskPath, cookies: cookies)
            XCTAssertTrue(monitored.body.contains("Loket ditambah"))
            XCTAssertTrue(monitored.body.contains(#"<span class="badge selesai">Selesai</span>"#))
            XCTAssertTrue(monitored.body.contains(#"class="badge level-rendah">Rendah · 11"#), "2×3 scores 11")

            let edit = try await client.send(.GET, riskPath + "/edit", cookies: cookies)
            XCTAssertTrue(edit.body.contains("Antrean melebihi standar waktu"))
            form["residualLikelihood"] = "2"
            form["residualImpact"] = "2"
            let saved = try await client.send(.POST, riskPath, form: form, cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther)
            let rated = try await client.send(.GET, "/units/\(unit.id!)/risks?year=2026", cookies: cookies)
            XCTAssertTrue(
                rated.body.contains("Per level: Sangat Tinggi 0, Tinggi 0, Sedang 0, Rendah 1, Sangat Rendah 0."), "after controls")

            let pegawai = try await client.webLogin("pegawai", Fixture.password)
            let refusedPage = try await client.send(.GET, riskPath, cookies: pegawai)
            XCTAssertEqual(refusedPage.status, .forbidden)
            let deleted = try await client.send(.POST, riskPath + "/delete", form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(deleted.status, .seeOther)
            let emptyAgain = try await client.send(.GET, "/units/\(unit.id!)/risks?year=2026", cookies: cookies)
            XCTAssertTrue(emptyAgain.body.contains("masih kosong"))
        }
    }

    func testAUnitWithRisksIsNotDeleted() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let admin = try await client.login("admin", TestApp.adminPassword)
            let subUnit = fixture.unitA11
            let created = try await create(client, subUnit, token: admin, risk("Berkas hilang", 2, 2))
            let removed = try await client.send(.DELETE, "/api/v1/risks/\(created.risk.id)", token: admin)
            XCTAssertEqual(removed.status, .noContent)
            let blocked = try await client.send(.DELETE, "/api/v1/units/\(subUnit.id!)", token: admin)
            XCTAssertEqual(blocked.errorCode, "unit_has_data", "a deleted risk still belongs to the unit's audited history")
        }
    }

    func testKeysBuiltFromValuesExist() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ZIServer/Resources/Locales")
        let translations = try Translations(directory: root)
        let keys =
            RiskRegisterQuery.Sort.allCases.map(\.labelKey)
            + ["objective", "statement", "cause", "effect", "likelihood", "impact", "residualLikelihood", "residualImpact"].map {
                "validation.risk_\($0)"
            }
        for locale in Translations.supported {
            XCTAssertEqual(keys.filter { !translations.keys(of: locale).contains($0) }, [], locale)
        }
    }
}
