import Fluent
import Vapor
import ZICore

/// Account administration for the `sizi user` commands, through the same services as the web and API.
public enum UserAdmin {
    public static func create(
        _ app: Application, username: String, displayName: String, email: String?,
        password: String, role: String?, scope: String?, area: Int?
    ) async throws -> String {
        let actor = AuditActor.commandLine()
        let user = try await CommandLineErrors.explain(app) {
            try await UserService.create(
                UserInput(username: username, displayName: displayName, email: email, password: password, instansiID: nil),
                by: actor, on: app)
        }
        guard let role else { return "Akun \(user.username) dibuat / account created." }
        let input = try await roleInput(app, role: role, scope: scope, area: area)
        _ = try await CommandLineErrors.explain(app) { try await UserService.grant(input, to: user, by: .host(actor), on: app) }
        return "Akun \(user.username) dibuat dengan peran \(role) / account created with role \(role)."
    }

    public static func list(_ app: Application) async throws -> [String] {
        let users = try await User.query(on: app.db).sort(\.$username).all()
        let roles = try await RoleAssignment.query(on: app.db).all()
        return users.map { user in
            let held = roles.filter { $0.$user.id == user.id }.map(\.role.rawValue).joined(separator: ",")
            return "\(user.username)\t\(user.displayName)\t\(user.isActive ? "aktif" : "nonaktif")\t\(held)"
        }
    }

    public static func setPassword(_ app: Application, username: String, password: String) async throws {
        let user = try await find(app, username)
        try await CommandLineErrors.explain(app) {
            try await UserService.setPassword(user, to: password, by: .commandLine(), on: app)
        }
    }

    public static func disable(_ app: Application, username: String) async throws {
        let user = try await find(app, username)
        _ = try await UserService.update(user, UserUpdateInput(isActive: false), by: .commandLine(), on: app)
    }

    private static func find(_ app: Application, _ username: String) async throws -> User {
        let name = (try? Username.normalize(username, currentYear: AppClock.current.today().year)) ?? username
        guard let user = try await User.query(on: app.db).filter(\.$username == name).first() else {
            throw CommandLineError("Pengguna tidak ditemukan / no such user: \(username)")
        }
        return user
    }

    /// Resolves `--scope` (an agency code for agency roles, a unit code for unit roles).
    private static func roleInput(_ app: Application, role: String, scope: String?, area: Int?) async throws -> RoleInput {
        guard let parsed = Role(rawValue: role) else {
            throw CommandLineError(
                "Peran tidak dikenal / unknown role: \(role). Pilih / choose: \(SiziServer.roleNames.joined(separator: ", "))")
        }
        switch parsed.scopeKind {
        case .global:
            return RoleInput(role: role)
        case .instansi:
            let code = scope?.uppercased() ?? ""
            guard let instansi = try await Instansi.query(on: app.db).filter(\.$code == code).first() else {
                throw CommandLineError("--scope harus kode instansi / must be an instansi code")
            }
            return RoleInput(role: role, instansiID: instansi.id)
        case .unit:
            let code = scope?.uppercased() ?? ""
            let units = try await WorkUnit.query(on: app.db).filter(\.$code == code).all()
            guard units.count == 1 else {
                throw CommandLineError("--scope harus kode unit yang unik / must be a unique unit code (found \(units.count))")
            }
            return RoleInput(role: role, unitID: units[0].id, area: area)
        }
    }
}

/// A command-line failure with a message for the operator.
public struct CommandLineError: Error, CustomStringConvertible {
    public let description: String
    package init(_ message: String) { description = message }
}

/// Turns validation errors into readable command-line messages.
enum CommandLineErrors {
    static func explain<T>(_ app: Application, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as AppError {
            let text = { (key: String, args: [String]) in app.translations.text(key, locale: Translations.defaultLocale, args) }
            let fields = error.fields.map { "\($0.field): \(text($0.key, $0.arguments))" }
            throw CommandLineError(([text(error.messageKey, error.messageArguments)] + fields).joined(separator: "\n  "))
        }
    }
}
