import Foundation
import Vapor
import XCTest
@testable import ZIServer

/// The OpenAPI document against the routes really registered, and the bugs schemathesis found
/// with it (each answered 500 before).
final class OpenAPIDocumentTests: XCTestCase {
    func testEveryRegisteredAPIRouteIsDocumentedAndNothingElse() async throws {
        try await withApp { app, client in
            let served = try await client.send(.GET, "/api/v1/openapi.json")
            XCTAssertEqual(served.status, .ok, "served without login")
            let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(served.body.utf8)) as? [String: Any])
            XCTAssertEqual(document["openapi"] as? String, "3.1.0")
            let paths = try XCTUnwrap(document["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in
                    operations.keys.filter { ["get", "put", "post", "patch", "delete"].contains($0) }.map { "\($0.uppercased()) \(path)" }
                })
            let registered = Set(
                app.routes.all.compactMap { route -> String? in
                    let path =
                        "/"
                        + route.path.map { component -> String in
                            if case .parameter(let name) = component { return "{\(name)}" }
                            return component.description
                        }.joined(separator: "/")
                    return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
                })
            XCTAssertEqual(registered.subtracting(documented).sorted(), [], "registered but not documented")
            XCTAssertEqual(documented.subtracting(registered).sorted(), [], "documented but not registered")
        }
    }

    func testAMalformedMultipartBodyIsABadRequest() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            let headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=B"]
            let api = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/evidence", token: token,
                bytes: Array("--B--".utf8), headers: headers)
            XCTAssertEqual(api.status, .badRequest)
            let page = try await client.send(.POST, "/publik/\(fixture.unitA1.id!)/pengaduan", bytes: Array("--B--".utf8), headers: headers)
            XCTAssertEqual(page.status, .badRequest)
        }
    }

    func testAUnitHoldingRecordsIsNotDeletedAndSaysWhy() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await client.login("admin", TestApp.adminPassword)
            let plan = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitB1.id!)/plans", token: token,
                rawBody: #"{"year": 2026, "origin": "empty", "cadence": "triwulan"}"#)
            XCTAssertEqual(plan.status, .created, plan.body)
            let deleted = try await client.send(.DELETE, "/api/v1/units/\(fixture.unitB1.id!)", token: token)
            XCTAssertEqual(deleted.status, .conflict)
            XCTAssertEqual(deleted.errorCode, "unit_has_data")
            let kept = try await WorkUnit.find(fixture.unitB1.id, on: app.db)
            XCTAssertNotNil(kept)
        }
    }

    func testAnAccountOfAnUnknownAgencyIsAValidationError() async throws {
        try await withApp { _, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let reply = try await client.send(
                .POST, "/api/v1/users", token: token,
                json: [
                    "username": "fk.test", "displayName": "FK", "password": "Passw0rdFK12",
                    "instansiID": "00000000-0000-0000-0000-000000000001",
                ])
            XCTAssertEqual(reply.status, .unprocessableEntity)
            XCTAssertEqual(reply.fieldErrors, ["instansiID"])
        }
    }
}
