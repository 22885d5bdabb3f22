import Fluent
import Vapor
import XCTest
@testable import ZIServer

/// Units through the JSON API: the tree, validation, conflicts, moves and the audit entries they leave.
final class UnitAPITests: XCTestCase {
    func testCreateReadUpdateDeleteAUnitTree() async throws {
        try await withApp { app, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let instansi = try await client.send(
                .POST, "/api/v1/instansi", token: token,
                json: ["name": "Kementerian Pertanian", "code": "kementan"])
            XCTAssertEqual(instansi.status, .created)
            let instansiID = try instansi.json(InstansiDTO.self).id
            XCTAssertEqual(try instansi.json(InstansiDTO.self).code, "KEMENTAN", "codes are stored upper-case")

            let parent = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: [
                    "instansiID": instansiID.uuidString, "name": "Badan Standardisasi Instrumen Pertanian", "code": "BSIP",
                    "headName": "Dr. Fadjry Djufry", "headNIP": "196910101995031001",
                ])
            XCTAssertEqual(parent.status, .created, parent.body)
            let parentID = try parent.json(UnitDTO.self).id
            let child = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: [
                    "parentID": parentID.uuidString, "name": "Pusat Standardisasi Instrumen Perkebunan", "code": "PSI-BUN",
                ])
            XCTAssertEqual(child.status, .created, child.body)
            let childDTO = try child.json(UnitDTO.self)
            XCTAssertEqual(childDTO.parentID, parentID)
            XCTAssertEqual(childDTO.instansiID, instansiID, "a sub-unit belongs to its parent's agency")
            XCTAssertEqual(childDTO.depth, 1)

            let patched = try await client.send(
                .PATCH, "/api/v1/units/\(childDTO.id)", token: token,
                json: ["address": "Jl. Tentara Pelajar No. 1, Bogor"])
            XCTAssertEqual(try patched.json(UnitDTO.self).address, "Jl. Tentara Pelajar No. 1, Bogor")
            XCTAssertEqual(try patched.json(UnitDTO.self).name, "Pusat Standardisasi Instrumen Perkebunan", "absent fields stay")

            let refused = try await client.send(.DELETE, "/api/v1/units/\(parentID)", token: token)
            XCTAssertEqual(refused.status, .conflict)
            XCTAssertEqual(refused.errorCode, "unit_has_children")
            let deletedChild = try await client.send(.DELETE, "/api/v1/units/\(childDTO.id)", token: token)
            XCTAssertEqual(deletedChild.status, .noContent)
            let deletedParent = try await client.send(.DELETE, "/api/v1/units/\(parentID)", token: token)
            XCTAssertEqual(deletedParent.status, .noContent)
            let gone = try await client.send(.GET, "/api/v1/units/\(parentID)", token: token)
            XCTAssertEqual(gone.status, .notFound)
            XCTAssertEqual(gone.errorCode, "not_found")

            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "unit").sort(\.$seq).all().map(\.action)
            XCTAssertEqual(actions, ["create", "create", "update", "delete", "delete"])
        }
    }

    func testBadInputIsNamedFieldByFieldAndNothingIsWritten() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            let before = try await AuditEntry.query(on: app.db).count()
            let bad = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: [
                    "instansiID": fixture.instansiA.id!.uuidString, "name": String(repeating: "x", count: 201),
                    "code": "A B", "headNIP": "12345",
                ])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            struct Body: Decodable {
                struct Detail: Decodable {
                    let code: String
                    let fields: [Field]
                }
                struct Field: Decodable {
                    let field: String
                    let message: String
                }
                let error: Detail
            }
            let fields = try bad.json(Body.self).error.fields
            XCTAssertEqual(Set(fields.map(\.field)), ["name", "code", "headNIP"])
            XCTAssertTrue(fields.contains { $0.message.contains("200") }, "the limit is named")

            let duplicate = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: [
                    "instansiID": fixture.instansiA.id!.uuidString, "name": "Balai Lain", "code": "a1",
                ])
            XCTAssertEqual(duplicate.status, .conflict)
            XCTAssertEqual(duplicate.errorCode, "duplicate_code")
            let sameCodeOtherAgency = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: [
                    "instansiID": fixture.instansiB.id!.uuidString, "name": "Balai A1 di B", "code": "A1",
                ])
            XCTAssertEqual(sameCodeOtherAgency.status, .created, "codes are unique per agency")

            let wrongType = try await client.send(.POST, "/api/v1/units", token: token, rawBody: #"{"instansiID": 5}"#)
            XCTAssertEqual(wrongType.status, .unprocessableEntity)
            let unknownAgency = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: ["instansiID": UUID().uuidString, "name": "X", "code": "X"])
            XCTAssertEqual(unknownAgency.status, .unprocessableEntity)

            let after = try await AuditEntry.query(on: app.db).count()
            XCTAssertEqual(after, before + 1, "only the one valid unit was written")
            let unitCount = try await WorkUnit.query(on: app.db).count()
            XCTAssertEqual(unitCount, 4)
        }
    }

    func testMovingAUnitCarriesItsSubtreeAndRefusesCycles() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            let grandchild = try await client.send(
                .POST, "/api/v1/units", token: token,
                json: [
                    "parentID": fixture.unitA11.id!.uuidString, "name": "Kebun Percobaan", "code": "KP-1",
                ])
            let grandchildID = try grandchild.json(UnitDTO.self).id
            let cycle = try await client.send(
                .PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: token,
                json: ["parentID": grandchildID.uuidString])
            XCTAssertEqual(cycle.status, .unprocessableEntity)
            let otherAgency = try await client.send(
                .PATCH, "/api/v1/units/\(fixture.unitA11.id!)", token: token,
                json: ["parentID": fixture.unitB1.id!.uuidString])
            XCTAssertEqual(otherAgency.status, .unprocessableEntity)
            let toTop = try await client.send(
                .PATCH, "/api/v1/units/\(fixture.unitA11.id!)", token: token,
                rawBody: #"{"parentID": null}"#)
            XCTAssertEqual(toTop.status, .ok, toTop.body)
            XCTAssertNil(try toTop.json(UnitDTO.self).parentID)
            let moved = try await client.send(.GET, "/api/v1/units/\(grandchildID)", token: token).json(UnitDTO.self)
            XCTAssertEqual(moved.depth, 1, "the sub-unit moved up with its parent")
        }
    }

    func testListSearchSortAndPagination() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            for index in 1...12 {
                let reply = try await client.send(
                    .POST, "/api/v1/units", token: token,
                    json: [
                        "instansiID": fixture.instansiB.id!.uuidString, "name": "Satker \(index)", "code": "S\(index)",
                    ])
                XCTAssertEqual(reply.status, .created)
            }
            let page = try await client.send(
                .GET, "/api/v1/units?instansiID=\(fixture.instansiB.id!)&sort=code&per=5&page=2",
                token: token
            ).json(ListPage<UnitDTO>.self)
            XCTAssertEqual(page.total, 13)
            XCTAssertEqual(page.items.count, 5)
            XCTAssertEqual(page.page, 2)
            let found = try await client.send(.GET, "/api/v1/units?q=satker%201", token: token).json(ListPage<UnitDTO>.self)
            XCTAssertEqual(Set(found.items.map(\.code)), ["S1", "S10", "S11", "S12"])
        }
    }

    func testProgrammePerYearIsValidatedAndUpserted() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            let path = "/api/v1/units/\(fixture.unitA1.id!)/programmes"
            let bad = try await client.send(
                .PUT, path + "/2026", token: token,
                json: ["target": "WBX", "pencananganDate": "2026-02-30", "status": "selesai"])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains("pencananganDate") && bad.body.contains("target") && bad.body.contains("status"))
            let first = try await client.send(
                .PUT, path + "/2026", token: token,
                json: ["target": "wbk", "pencananganDate": "2026-01-15", "status": "pembangunan"])
            XCTAssertEqual(first.status, .ok, first.body)
            let second = try await client.send(.PUT, path + "/2026", token: token, json: ["target": "WBBM"])
            XCTAssertEqual(second.status, .ok)
            let list = try await client.send(.GET, path, token: token).json([ProgrammeDTO].self)
            XCTAssertEqual(list.count, 1, "one programme per unit and year")
            XCTAssertEqual(list.first?.target, .wbbm)
            let year = try await client.send(.PUT, path + "/1999", token: token, json: ["target": "WBK"])
            XCTAssertEqual(year.status, .unprocessableEntity)
            let refused = try await client.send(.DELETE, "/api/v1/units/\(fixture.unitA11.id!)", token: token)
            XCTAssertEqual(refused.status, .noContent, "a unit without data can go")
            let withData = try await client.send(
                .PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: token, json: ["name": "Balai A1 Baru"])
            XCTAssertEqual(withData.status, .ok)
            let blocked = try await client.send(.DELETE, "/api/v1/units/\(fixture.unitA1.id!)", token: token)
            XCTAssertEqual(blocked.errorCode, "unit_has_data")
        }
    }
}
