import Vapor
@testable import ZIServer

/// The evidence rows of the role × route matrix (see ``RoleMatrixTests``).
extension RoleMatrixTests {
    static let evidenceManagers: [String: HTTPStatus] = [
        "admin": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "koordinator": .unprocessableEntity,
        "anggota": .unprocessableEntity,
    ]

    static let evidenceRoutes: [Route] = [
        Route(name: "evidence of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/evidence" }, allowed: planReaders),
        Route(name: "read evidence", method: .GET, path: { "/api/v1/evidence/\($0.evidenceID)" }, allowed: planReaders),
        Route(name: "download evidence", method: .GET, path: { "/api/v1/evidence/\($0.evidenceID)/download" }, allowed: planReaders),
        Route(
            name: "upload evidence to A1 (no title)", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/evidence?fileName=a.pdf" },
            allowed: evidenceManagers),
        Route(
            name: "upload evidence to B1 (no title)", method: .POST, path: { "/api/v1/units/\($0.unitB1.id!)/evidence?fileName=a.pdf" },
            allowed: ["admin": .unprocessableEntity, "anggotab": .unprocessableEntity]),
        Route(
            name: "describe evidence (no title)", method: .PATCH, path: { "/api/v1/evidence/\($0.evidenceID)" },
            body: { _ in ["title": AnyEncodable("")] }, allowed: evidenceManagers),
        Route(
            name: "review a missing link", method: .POST, path: { "/api/v1/evidence/\($0.evidenceID)/links/\(UUID())/review" },
            body: { _ in ["status": AnyEncodable("accepted")] }, allowed: ["admin": .notFound, "evaluator": .notFound]),
        Route(
            name: "web: evidence of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/evidence" },
            allowed: planReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: evidence page", method: .GET, path: { "/evidence/\($0.evidenceID)" },
            allowed: planReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: LKE evidence coverage", method: .GET, path: { "/assessments/\($0.assessmentID)/evidence" },
            allowed: assessmentReaders.merging(["anonymous": .seeOther]) { $1 }),
    ]
}
