import Vapor
@testable import ZIServer

/// The complaint and survey rows of the role × route matrix (see ``RoleMatrixTests``).
extension RoleMatrixTests {
    static let complaintReaders: [String: HTTPStatus] = [
        "admin": .ok, "adminka": .ok, "pimpinana1": .ok, "koordinator": .ok, "anggota": .ok, "evaluator": .ok,
    ]
    static let complaintHandlers: [String: HTTPStatus] = [
        "admin": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "koordinator": .unprocessableEntity,
        "anggota": .unprocessableEntity,
    ]

    static let registerManagers: [String: HTTPStatus] = [
        "admin": .unprocessableEntity, "adminka": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "anggota": .unprocessableEntity,
    ]

    static let upg: [String: HTTPStatus] = ["admin": .ok, "pimpinana1": .ok, "anggota": .ok]

    static let publicServiceRoutes: [Route] = [
        Route(
            name: "gratification reports of A1 (own or all)", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/gratification" },
            allowed: upg.merging(["koordinator": .ok, "agen": .ok, "pegawai": .ok]) { $1 }),
        Route(
            name: "report a gift in A1 (nothing filled in)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/gratification" },
            allowed: [
                "admin": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "anggota": .unprocessableEntity,
                "koordinator": .unprocessableEntity, "agen": .unprocessableEntity, "pegawai": .unprocessableEntity,
            ]),
        Route(
            name: "UPG monthly report of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/gratification/report" }, allowed: upg),
        Route(name: "employees of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/employees" }, allowed: complaintReaders),
        Route(
            name: "add an employee to A1 (no NIP)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/employees" },
            body: { _ in ["name": AnyEncodable("Tanpa NIP")] }, allowed: registerManagers),
        Route(
            name: "conflict-of-interest control of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/conflicts" },
            allowed: complaintReaders),
        Route(
            name: "integrity registers of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/registers" }, allowed: complaintReaders
        ),
        Route(
            name: "record a pact in A1 (no employee)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/registers/pacts" },
            allowed: registerManagers),
        Route(
            name: "web: integrity registers of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/registers" },
            allowed: complaintReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(name: "complaints of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/complaints" }, allowed: complaintReaders),
        Route(
            name: "complaint report of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/complaints/report" },
            allowed: complaintReaders),
        Route(
            name: "enter a complaint for A1 (no subject)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/complaints" },
            body: { _ in ["channel": AnyEncodable("surat")] }, allowed: complaintHandlers),
        Route(
            name: "complaint evaluation XLSX of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/complaints/report.xlsx" },
            allowed: complaintReaders),
        Route(
            name: "web: complaint report of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/complaints/report" },
            allowed: complaintReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "complaint rules of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/complaints/settings" },
            allowed: complaintReaders),
        Route(
            name: "change complaint rules of A1 (0 days)", method: .PUT, path: { "/api/v1/units/\($0.unitA1.id!)/complaints/settings" },
            body: { _ in ["verifyDays": AnyEncodable("0")] }, allowed: complaintHandlers),
        Route(name: "survey results of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/survey" }, allowed: complaintReaders),
        Route(
            name: "add a surveyed service (no name)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/survey/services" },
            allowed: complaintHandlers),
        Route(
            name: "set a holiday (no name)", method: .PUT, path: { _ in "/api/v1/holidays/2026-12-26" },
            allowed: ["admin": .unprocessableEntity]),
        Route(
            name: "web: complaints of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/complaints" },
            allowed: complaintReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(name: "public: page of A1", method: .GET, path: { "/publik/\($0.unitA1.id!)" }, allowed: ["anonymous": .ok], otherwise: .ok),
        Route(
            name: "public: complaint form of A1", method: .GET, path: { "/publik/\($0.unitA1.id!)/pengaduan" }, allowed: ["anonymous": .ok],
            otherwise: .ok),
    ]
}
