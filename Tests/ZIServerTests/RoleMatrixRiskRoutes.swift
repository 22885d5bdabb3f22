import Vapor
@testable import ZIServer

/// The risk register rows of the role × route matrix (see ``RoleMatrixTests``): the unit's team
/// and head manage it, the TPI and the agency admin read it, other roles and units see nothing.
extension RoleMatrixTests {
    static let riskReaders: [String: HTTPStatus] = [
        "admin": .ok, "adminka": .ok, "pimpinana1": .ok, "koordinator": .ok, "anggota": .ok, "evaluator": .ok,
    ]
    static let riskManagers: [String: HTTPStatus] = [
        "admin": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "koordinator": .unprocessableEntity,
        "anggota": .unprocessableEntity,
    ]

    static let riskRoutes: [Route] = [
        Route(name: "risk register of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/risks" }, allowed: riskReaders),
        Route(name: "risk heat maps of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/risks/heatmap" }, allowed: riskReaders),
        Route(
            name: "risk register of B1", method: .GET, path: { "/api/v1/units/\($0.unitB1.id!)/risks" },
            allowed: ["admin": .ok, "anggotab": .ok]),
        Route(
            name: "add a risk to A1 (no objective)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/risks" },
            body: { _ in ["year": AnyEncodable("2026")] }, allowed: riskManagers),
        Route(
            name: "add a risk to B1 (no objective)", method: .POST, path: { "/api/v1/units/\($0.unitB1.id!)/risks" },
            body: { _ in ["year": AnyEncodable("2026")] }, allowed: ["admin": .unprocessableEntity, "anggotab": .unprocessableEntity]),
        Route(
            name: "web: risk register of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/risks" },
            allowed: riskReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: new risk form of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/risks/new" },
            allowed: riskManagers.mapValues { _ in .ok }.merging(["anonymous": .seeOther]) { $1 }),
    ]
}
