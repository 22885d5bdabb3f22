import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Role grants over real HTTP: every granting role × every role × own/sub/other unit, own/other
/// agency and the installation, with hand-written expectations; forged scopes; one's own roles;
/// and accounts that hold a wider role than the administrator asking.
final class RoleGrantTests: XCTestCase {
    /// The scopes a grant is tried on, by label: what the request names for each kind of role.
    struct Scope: Sendable {
        let label: String
        let kind: RoleScope.Kind
        let body: @Sendable (Fixture) -> (instansiID: UUID?, unitID: UUID?)
    }

    static let scopes: [Scope] = [
        Scope(label: "installation", kind: .global, body: { _ in (nil, nil) }),
        Scope(label: "installation naming agency A", kind: .global, body: { ($0.instansiA.id, nil) }),
        Scope(label: "agency A", kind: .instansi, body: { ($0.instansiA.id, nil) }),
        Scope(label: "agency B", kind: .instansi, body: { ($0.instansiB.id, nil) }),
        Scope(label: "agency B naming unit A1", kind: .instansi, body: { ($0.instansiB.id, $0.unitA1.id) }),
        Scope(label: "unit A1", kind: .unit, body: { (nil, $0.unitA1.id) }),
        Scope(label: "sub-unit A1-1", kind: .unit, body: { (nil, $0.unitA11.id) }),
        Scope(label: "unit B1", kind: .unit, body: { (nil, $0.unitB1.id) }),
        Scope(label: "unit B1 naming agency A", kind: .unit, body: { ($0.instansiA.id, $0.unitB1.id) }),
    ]

    /// Where each person may grant a role to an account of agency A, written from the role model:
    /// the super-admin anywhere, the agency admin within agency A only, everyone else nowhere.
    static let allowedScopes: [String: Set<String>] = [
        "admin": Set(scopes.map(\.label)),
        "adminka": ["agency A", "unit A1", "sub-unit A1-1"],
    ]

    static let granters = [
        "admin", "adminka", "pimpinana1", "koordinator", "anggota", "agen", "evaluator", "pegawai",
        "anggotab", "tanpaperan",
    ]

    func testGrantMatrix() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let grantee = try await fixture.user("sasaran", [], instansi: fixture.instansiA)
            var failures: [String] = []
            for granter in Self.granters {
                let token = try await client.login(granter, granter == "admin" ? TestApp.adminPassword : Fixture.password)
                for role in Role.allCases {
                    for scope in Self.scopes where scope.kind == role.scopeKind {
                        let (instansiID, unitID) = scope.body(fixture)
                        let input = RoleInput(
                            role: role.rawValue, instansiID: instansiID, unitID: unitID,
                            area: role.needsArea ? 3 : nil)
                        let reply = try await client.send(.POST, "/api/v1/users/\(grantee.id!)/roles", token: token, json: input)
                        let expected: HTTPStatus = Self.allowedScopes[granter, default: []].contains(scope.label) ? .created : .forbidden
                        if reply.status != expected {
                            failures.append(
                                "\(granter) grants \(role.rawValue) on \(scope.label): \(reply.status.code), expected \(expected.code)")
                        }
                        if reply.status == .created {
                            let id = try reply.json(RoleDTO.self).id
                            let revoked = try await client.send(.DELETE, "/api/v1/users/\(grantee.id!)/roles/\(id)", token: token)
                            if revoked.status != .noContent {
                                failures.append("\(granter) revokes \(role.rawValue): \(revoked.status.code)")
                            }
                        }
                    }
                }
            }
            XCTAssertEqual(failures, [])
            let left = try await RoleAssignment.query(on: app.db).filter(\.$user.$id == grantee.id!).count()
            XCTAssertEqual(left, 0, "refused grants leave nothing behind")
        }
    }

    func testAnAgencyAdminCannotMakeItselfSuperAdminOrAdminOfAnotherAgency() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let admin = try await User.query(on: app.db).filter(\.$username == "adminka").first()!
            let token = try await client.login("adminka", Fixture.password)
            let attempts = [
                RoleInput(role: "super_admin", instansiID: fixture.instansiA.id),
                RoleInput(role: "admin_instansi", instansiID: fixture.instansiB.id, unitID: fixture.unitA1.id),
                RoleInput(role: "pimpinan", unitID: fixture.unitA1.id),
            ]
            for input in attempts {
                let reply = try await client.send(.POST, "/api/v1/users/\(admin.id!)/roles", token: token, json: input)
                XCTAssertEqual(reply.status, .forbidden, input.role ?? "")
                XCTAssertEqual(reply.errorCode, "own_roles")
            }
            let me = try await client.send(.GET, "/api/v1/me", token: token)
            XCTAssertFalse(me.body.contains("super_admin"))
            XCTAssertEqualAwaited(try await RoleAssignment.query(on: app.db).filter(\.$user.$id == admin.id!).count(), 1)
            let refused = try await AuditEntry.query(on: app.db).filter(\.$action == "grant_refused").all()
            XCTAssertEqual(refused.count, 3, "every refused grant is in the audit trail")

            // Through a colleague's account the wider scopes are refused too.
            let colleague = try await fixture.user("rekan", [], instansi: fixture.instansiA)
            for input in attempts.prefix(2) {
                let reply = try await client.send(.POST, "/api/v1/users/\(colleague.id!)/roles", token: token, json: input)
                XCTAssertEqual(reply.status, .forbidden, input.role ?? "")
            }
        }
    }

    func testAnAgencyAdminCannotResetDisableOrListAnAccountHoldingAWiderRole() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let superA = try await fixture.user("superka", [RoleInput(role: "super_admin")], instansi: fixture.instansiA)
            let adminB = try await fixture.user(
                "adminkbdia", [RoleInput(role: "admin_instansi", instansiID: fixture.instansiB.id)],
                instansi: fixture.instansiA)
            let token = try await client.login("adminka", Fixture.password)
            for user in [superA, adminB] {
                let reset = try await client.send(
                    .PUT, "/api/v1/users/\(user.id!)/password", token: token,
                    json: ["password": "Ambilalih2026"])
                XCTAssertEqual(reset.status, .forbidden, user.username)
                let disable = try await client.send(.PATCH, "/api/v1/users/\(user.id!)", token: token, json: ["isActive": false])
                XCTAssertEqual(disable.status, .forbidden, user.username)
                let roles = try await client.send(.GET, "/api/v1/users/\(user.id!)/roles", token: token)
                XCTAssertEqual(roles.status, .forbidden, user.username)
            }
            let list = try await client.send(.GET, "/api/v1/users?per=200", token: token)
            XCTAssertFalse(list.body.contains("superka"))
            XCTAssertFalse(list.body.contains("adminkbdia"))
            XCTAssertTrue(list.body.contains("pimpinana1"))

            // The super-admin still manages both.
            let adminToken = try await client.login("admin", TestApp.adminPassword)
            let reset = try await client.send(
                .PUT, "/api/v1/users/\(superA.id!)/password", token: adminToken,
                json: ["password": "Gantibaru2026"])
            XCTAssertEqual(reset.status, .noContent)
        }
    }

    func testTheWebFormRefusesTheSameGrants() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let colleague = try await fixture.user("rekan", [], instansi: fixture.instansiA)
            let cookies = try await client.webLogin("adminka", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let refused = try await client.send(
                .POST, "/users/\(colleague.id!)/roles", form: ["role": "super_admin", "_csrf": csrf],
                cookies: cookies)
            XCTAssertEqual(refused.status, .forbidden)
            let granted = try await client.send(
                .POST, "/users/\(colleague.id!)/roles",
                form: ["role": "anggota_tim", "unitID": fixture.unitA1.id!.uuidString, "_csrf": csrf],
                cookies: cookies)
            XCTAssertEqual(granted.status, .seeOther)
            XCTAssertEqualAwaited(try await RoleAssignment.query(on: app.db).filter(\.$user.$id == colleague.id!).count(), 1)
        }
    }
}
