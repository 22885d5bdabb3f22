import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Walks every role against every protected route and checks the answer.
///
/// The expected outcomes are written out here by hand from the role model in the
/// README — not derived from `AccessPolicy` — so a change to the policy that is
/// not also a decision shows up as a failing row. Writes are sent with bodies
/// that fail validation or hit a conflict, so an allowed request answers 422/409
/// without changing the fixture, while a refused one answers 403 (or 401).
final class RoleMatrixTests: XCTestCase {
    /// Who asks: the fixture accounts (see `Fixture.accountsPerRole`), `admin` (super-admin) and nobody.
    static let people =
        [
            "admin", "adminka", "pimpinana1", "koordinator", "anggota", "agen", "evaluator",
            "pegawai", "anggotab", "tanpaperan", "anonymous",
        ] + wbsHandlers

    /// The fixture plus an open (draft) assessment of unit A1 and a draft plan of unit A1 with
    /// one action in area 1 and one in area 2.
    struct Context: Sendable {
        let fixture: Fixture
        let assessmentID: UUID
        let planID: UUID
        let area1ActionID: UUID
        let area2ActionID: UUID
        let evidenceID: UUID
        let wbs: WBSContext
        var unitA1: WorkUnit { fixture.unitA1 }
        var unitA11: WorkUnit { fixture.unitA11 }
        var unitB1: WorkUnit { fixture.unitB1 }
        var instansiA: Instansi { fixture.instansiA }
        var instansiB: Instansi { fixture.instansiB }
    }

    struct Route: Sendable {
        let name: String
        let method: HTTPMethod
        let path: @Sendable (Context) -> String
        var body: @Sendable (Context) -> [String: AnyEncodable] = { _ in [:] }
        /// Status per person; anyone not listed gets `otherwise`.
        let allowed: [String: HTTPStatus]
        var otherwise: HTTPStatus = .forbidden
    }

    static let unitReaders: [String: HTTPStatus] = [
        "admin": .ok, "adminka": .ok, "pimpinana1": .ok, "koordinator": .ok, "anggota": .ok, "agen": .ok,
        "evaluator": .ok, "pegawai": .ok,
    ]

    static let assessmentReaders: [String: HTTPStatus] = [
        "admin": .ok, "adminka": .ok, "pimpinana1": .ok, "koordinator": .ok, "anggota": .ok, "evaluator": .ok,
    ]

    /// Everyone with a role in unit A1 (or above it) sees its plan.
    static let planReaders = unitReaders

    static let routes: [Route] =
        planRoutes + evidenceRoutes + publicServiceRoutes + wbsRoutes + riskRoutes + [
            Route(name: "read unit A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)" }, allowed: unitReaders),
            Route(
                name: "read sub-unit A1-1", method: .GET, path: { "/api/v1/units/\($0.unitA11.id!)" },
                allowed: ["admin": .ok, "adminka": .ok, "pimpinana1": .ok, "evaluator": .ok]),
            Route(
                name: "read unit B1", method: .GET, path: { "/api/v1/units/\($0.unitB1.id!)" },
                allowed: ["admin": .ok, "anggotab": .ok]),
            Route(name: "programmes of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/programmes" }, allowed: unitReaders),
            Route(
                name: "edit unit A1", method: .PATCH, path: { "/api/v1/units/\($0.unitA1.id!)" }, body: { _ in ["name": AnyEncodable("")] },
                allowed: ["admin": .unprocessableEntity, "adminka": .unprocessableEntity, "pimpinana1": .unprocessableEntity]),
            Route(
                name: "edit unit B1", method: .PATCH, path: { "/api/v1/units/\($0.unitB1.id!)" }, body: { _ in ["name": AnyEncodable("")] },
                allowed: ["admin": .unprocessableEntity]),
            Route(
                name: "create unit under A1", method: .POST, path: { _ in "/api/v1/units" },
                body: { ["parentID": AnyEncodable($0.unitA1.id!.uuidString), "name": AnyEncodable("")] },
                allowed: ["admin": .unprocessableEntity, "adminka": .unprocessableEntity]),
            Route(
                name: "delete unit A1 (has a sub-unit)", method: .DELETE, path: { "/api/v1/units/\($0.unitA1.id!)" },
                allowed: ["admin": .conflict, "adminka": .conflict]),
            Route(
                name: "set programme of A1", method: .PUT, path: { "/api/v1/units/\($0.unitA1.id!)/programmes/2026" },
                body: { _ in ["target": AnyEncodable("XYZ")] },
                allowed: ["admin": .unprocessableEntity, "adminka": .unprocessableEntity, "pimpinana1": .unprocessableEntity]),
            Route(
                name: "create instansi", method: .POST, path: { _ in "/api/v1/instansi" }, body: { _ in ["name": AnyEncodable("")] },
                allowed: ["admin": .unprocessableEntity]),
            Route(
                name: "edit instansi A", method: .PATCH, path: { "/api/v1/instansi/\($0.instansiA.id!)" },
                body: { _ in ["name": AnyEncodable("")] },
                allowed: ["admin": .unprocessableEntity, "adminka": .unprocessableEntity]),
            Route(
                name: "list users", method: .GET, path: { _ in "/api/v1/users" },
                allowed: ["admin": .ok, "adminka": .ok, "anonymous": .unauthorized],
                otherwise: .ok),
            Route(
                name: "create user in A", method: .POST, path: { _ in "/api/v1/users" },
                body: { ["instansiID": AnyEncodable($0.instansiA.id!.uuidString), "username": AnyEncodable("x")] },
                allowed: ["admin": .unprocessableEntity, "adminka": .unprocessableEntity]),
            Route(
                name: "create user in B", method: .POST, path: { _ in "/api/v1/users" },
                body: { ["instansiID": AnyEncodable($0.instansiB.id!.uuidString), "username": AnyEncodable("x")] },
                allowed: ["admin": .unprocessableEntity]),
            Route(name: "read audit trail", method: .GET, path: { _ in "/api/v1/audit" }, allowed: ["admin": .ok, "adminka": .ok]),
            Route(name: "me", method: .GET, path: { _ in "/api/v1/me" }, allowed: [:], otherwise: .ok),
            Route(
                name: "web: unit A1 page", method: .GET, path: { "/units/\($0.unitA1.id!)" },
                allowed: unitReaders.merging(["anonymous": .seeOther]) { $1 }),
            Route(
                name: "web: unit B1 page", method: .GET, path: { "/units/\($0.unitB1.id!)" },
                allowed: ["admin": .ok, "anggotab": .ok, "anonymous": .seeOther]),
            Route(
                name: "web: edit form of A1", method: .GET, path: { "/units/\($0.unitA1.id!)/edit" },
                allowed: ["admin": .ok, "adminka": .ok, "pimpinana1": .ok, "anonymous": .seeOther]),
            Route(
                name: "web: users page", method: .GET, path: { _ in "/users" },
                allowed: ["admin": .ok, "adminka": .ok, "anonymous": .seeOther]),
            Route(
                name: "web: audit page", method: .GET, path: { _ in "/audit" },
                allowed: ["admin": .ok, "adminka": .ok, "anonymous": .seeOther]),
            Route(
                name: "web: new instansi form", method: .GET, path: { _ in "/instansi/new" },
                allowed: ["admin": .ok, "anonymous": .seeOther]),
            Route(
                name: "read assessment of A1", method: .GET, path: { "/api/v1/assessments/\($0.assessmentID)" },
                allowed: assessmentReaders),
            Route(
                name: "answer an area-1 question of A1", method: .PUT, path: { "/api/v1/assessments/\($0.assessmentID)/answers" },
                body: { _ in ["answers": AnyEncodable(["A.I.1.i.a": "Z"])] },
                allowed: ["admin": .unprocessableEntity, "pimpinana1": .unprocessableEntity, "anggota": .unprocessableEntity]),
            Route(
                name: "TPI review of a draft", method: .PUT, path: { "/api/v1/assessments/\($0.assessmentID)/reviews" },
                body: { _ in ["answers": AnyEncodable(["A.I.1.i.a": "Ya"])] },
                allowed: ["admin": .conflict, "evaluator": .conflict]),
            Route(
                name: "re-open a draft", method: .POST, path: { "/api/v1/assessments/\($0.assessmentID)/reopen" },
                body: { _ in ["reason": AnyEncodable("x")] },
                allowed: ["admin": .conflict, "adminka": .conflict, "evaluator": .conflict]),
            Route(
                name: "roll-up of agency A", method: .GET, path: { "/api/v1/instansi/\($0.instansiA.id!)/rollup" },
                allowed: ["admin": .ok, "adminka": .ok, "evaluator": .ok]),
            Route(
                name: "roll-up of agency B", method: .GET, path: { "/api/v1/instansi/\($0.instansiB.id!)/rollup" },
                allowed: ["admin": .ok]),
            Route(
                name: "prerequisites of A1", method: .GET, path: { "/api/v1/units/\($0.unitA1.id!)/prerequisites/2026" },
                allowed: assessmentReaders),
            Route(
                name: "record an agency prerequisite", method: .PUT, path: { "/api/v1/units/\($0.unitA1.id!)/prerequisites/2026" },
                body: { _ in ["values": AnyEncodable(["opini-bpk": "XYZ"])] },
                allowed: ["admin": .unprocessableEntity, "adminka": .unprocessableEntity]),
            Route(
                name: "web: assessment page", method: .GET, path: { "/assessments/\($0.assessmentID)" },
                allowed: assessmentReaders.merging(["anonymous": .seeOther]) { $1 }),
            Route(name: "web: units list", method: .GET, path: { _ in "/units" }, allowed: ["anonymous": .seeOther], otherwise: .ok),
            Route(name: "web: dashboard", method: .GET, path: { _ in "/" }, allowed: ["anonymous": .seeOther], otherwise: .ok),
        ]

    func testEveryRoleAgainstEveryRoute() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let assessment = try await PlanFixture.assessment(app, unit: fixture.unitA1)
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let actions = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).sort(\.$langkahAksi).all()
            let evidence = try await EvidenceFixture.evidence(app, unit: fixture.unitA1)
            let (wbs, handlers) = try await WBSContext.make(fixture, client)
            let context = Context(
                fixture: fixture, assessmentID: assessment.id!, planID: plan.id!,
                area1ActionID: actions[0].id!, area2ActionID: actions[1].id!, evidenceID: evidence.id!, wbs: wbs)
            var apiTokens: [String: String] = [:]
            var webCookies: [String: [String: String]] = [:]
            for person in Self.people where person != "anonymous" {
                let password = person == "admin" ? TestApp.adminPassword : Fixture.password
                apiTokens[person] = try await client.login(person, password)
                webCookies[person] = try await client.webLogin(person, password)
                try await handlers[person]?.unlock(client, token: apiTokens[person]!)
                try await handlers[person]?.unlock(client, cookies: webCookies[person]!)
            }
            var mismatches: [String] = []
            for route in Self.routes {
                for person in Self.people {
                    let expected = route.allowed[person] ?? (person == "anonymous" ? .unauthorized : route.otherwise)
                    let path = route.path(context)
                    let isWeb = !path.hasPrefix("/api/")
                    let body = route.body(context)
                    let reply = try await client.send(
                        route.method, path, token: isWeb ? nil : apiTokens[person],
                        json: isWeb || route.method == .GET || route.method == .DELETE ? nil : body,
                        cookies: isWeb ? webCookies[person] ?? [:] : [:])
                    if reply.status != expected {
                        mismatches.append("\(route.name) as \(person): expected \(expected.code), got \(reply.status.code)")
                    }
                }
            }
            XCTAssertEqual(mismatches, [], "role × route matrix")
            // Nothing in the fixture was changed by any of those requests.
            let units = try await WorkUnit.query(on: app.db).all()
            XCTAssertEqual(Set(units.map(\.name)), ["Balai A1", "Loka A1-1", "Balai B1"])
            let stored = try await Assessment.find(assessment.id, on: app.db)
            XCTAssertEqual(stored?.status, .draft)
            XCTAssertEqual(stored?.answeredCount, 0)
            let storedPlan = try await WorkPlan.find(plan.id, on: app.db)
            XCTAssertEqual(storedPlan?.status, .draft)
            let meetings = try await MonevMeeting.query(on: app.db).count()
            XCTAssertEqual(meetings, 0)
            let storedActions = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).count()
            XCTAssertEqual(storedActions, 2)
            let evidenceCount = try await Evidence.query(on: app.db).count()
            XCTAssertEqual(evidenceCount, 1)
            try await wbs.assertUnchanged(app)
            let riskCount = try await Risk.query(on: app.db).withDeleted().count()
            XCTAssertEqual(riskCount, 0)
        }
    }

    func testListsOnlyShowWhatTheRoleMaySee() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            func codes(_ person: String) async throws -> [String] {
                let token = try await client.login(person, person == "admin" ? TestApp.adminPassword : Fixture.password)
                let page = try await client.send(.GET, "/api/v1/units", token: token).json(ListPage<UnitDTO>.self)
                return page.items.map(\.code)
            }
            let adminCodes = try await codes("admin")
            XCTAssertEqual(Set(adminCodes), ["A1", "A1-1", "B1"])
            let evaluatorCodes = try await codes("evaluator")
            XCTAssertEqual(evaluatorCodes, ["A1", "A1-1"])
            let pimpinanCodes = try await codes("pimpinana1")
            XCTAssertEqual(pimpinanCodes, ["A1", "A1-1"], "a head sees the units below")
            let anggotaCodes = try await codes("anggota")
            XCTAssertEqual(anggotaCodes, ["A1"], "a team member sees only their unit")
            let otherCodes = try await codes("anggotab")
            XCTAssertEqual(otherCodes, ["B1"], "a member of unit X does not see unit Y")
            let noneCodes = try await codes("tanpaperan")
            XCTAssertEqual(noneCodes, [])
        }
    }
}
