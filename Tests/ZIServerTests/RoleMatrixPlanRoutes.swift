import Vapor
@testable import ZIServer

/// The work-plan and monev rows of the role × route matrix (see ``RoleMatrixTests``).
extension RoleMatrixTests {
    static let planEditors: [String: HTTPStatus] = [
        "admin": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "anggota": .unprocessableEntity,
    ]

    static let planRoutes: [Route] = [
        Route(name: "plans of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/plans" }, allowed: planReaders),
        Route(name: "read plan of A1", method: .GET, path: { "/api/v1/plans/\($0.planID)" }, allowed: planReaders),
        Route(
            name: "start a plan for A1", method: .POST, path: { "/api/v1/units/\($0.unitA1.id!)/plans" },
            body: { _ in ["year": AnyEncodable(1)] }, allowed: planEditors),
        Route(
            name: "start a plan for B1", method: .POST, path: { "/api/v1/units/\($0.unitB1.id!)/plans" },
            body: { _ in ["year": AnyEncodable(1)] }, allowed: ["admin": .unprocessableEntity, "anggotab": .unprocessableEntity]),
        Route(
            name: "edit the plan header", method: .PATCH, path: { "/api/v1/plans/\($0.planID)" },
            body: { _ in ["cadence": AnyEncodable("harian")] }, allowed: planEditors),
        Route(
            name: "edit an area-1 action", method: .PUT, path: { "/api/v1/plans/\($0.planID)/actions/\($0.area1ActionID)" },
            body: { _ in ["langkahAksi": AnyEncodable("")] }, allowed: planEditors),
        Route(
            name: "edit an area-2 action", method: .PUT, path: { "/api/v1/plans/\($0.planID)/actions/\($0.area2ActionID)" },
            body: { _ in ["langkahAksi": AnyEncodable("")] },
            allowed: planEditors.merging(["koordinator": .unprocessableEntity]) { $1 }),
        Route(
            name: "re-open a draft plan", method: .POST, path: { "/api/v1/plans/\($0.planID)/reopen" },
            body: { _ in ["reason": AnyEncodable("x")] }, allowed: ["admin": .conflict, "pimpinana1": .conflict]),
        Route(
            name: "record a monev meeting", method: .POST, path: { "/api/v1/plans/\($0.planID)/monev/2026-Q1/meetings" },
            body: { _ in ["notulen": AnyEncodable("")] },
            allowed: planEditors.merging(["koordinator": .unprocessableEntity]) { $1 }),
        Route(name: "monev overview", method: .GET, path: { "/api/v1/plans/\($0.planID)/monev" }, allowed: planReaders),
        Route(name: "LKE suggestions", method: .GET, path: { "/api/v1/plans/\($0.planID)/suggestions" }, allowed: planReaders),
        Route(name: "plan document (DOCX)", method: .GET, path: { "/api/v1/plans/\($0.planID)/document.docx" }, allowed: planReaders),
        Route(name: "my tasks", method: .GET, path: { _ in "/api/v1/tasks" }, allowed: [:], otherwise: .ok),
        Route(
            name: "web: plan page", method: .GET, path: { "/plans/\($0.planID)" },
            allowed: planReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: monev page", method: .GET, path: { "/plans/\($0.planID)/monev/2026-Q1" },
            allowed: planReaders.merging(["anonymous": .seeOther]) { $1 }),
        Route(
            name: "web: plan header form", method: .GET, path: { "/plans/\($0.planID)/header" },
            allowed: ["admin": .ok, "pimpinana1": .ok, "anggota": .ok, "anonymous": .seeOther]),
        Route(name: "web: tasks", method: .GET, path: { _ in "/tasks" }, allowed: ["anonymous": .seeOther], otherwise: .ok),
    ]
}
