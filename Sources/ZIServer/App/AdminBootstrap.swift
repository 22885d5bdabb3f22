import Fluent
import Vapor
import ZICore

/// Creates the `admin` account (super-admin) on an empty database.
///
/// Its password comes from `SIZI_ADMIN_PASSWORD`; without it a password is
/// generated and printed once to the console (never written to the log).
package enum AdminBootstrap {
    package static let username = "admin"

    /// Returns the generated password when one was made (nil if given or if accounts already exist).
    @discardableResult
    static func run(_ app: Application, settings: Settings) async throws -> String? {
        guard try await User.query(on: app.db).count() == 0 else { return nil }
        let password = settings.adminPassword ?? Tokens.generatedPassword()
        do { try PasswordPolicy.check(password, username: username) } catch {
            throw SettingsError(
                key: "SIZI_ADMIN_PASSWORD",
                message: "is too weak: at least \(PasswordPolicy.minimumLength) characters with letters and digits")
        }
        let hash = try await app.asyncPassword.hash(password).get()
        try await app.write { db in
            let admin = User(
                username: username, displayName: "Administrator", email: nil,
                passwordHash: hash, instansiID: nil)
            try await admin.create(on: db)
            try await RoleAssignment(userID: admin.id!, grant: RoleGrant(role: .superAdmin, scope: .global)).create(on: db)
            try await AuditLog.record(
                AuditChange(
                    entity: "user", entityID: admin.id?.uuidString, action: "bootstrap_admin",
                    after: UserDTO(admin)),
                by: .system, on: db)
        }
        guard settings.adminPassword == nil else { return nil }
        // Written straight to standard output (unbuffered), never to the log.
        let notice = """
            ================================================================
            SIZI: akun admin pertama dibuat / first admin account created
              nama pengguna / username: \(username)
              kata sandi / password:    \(password)
            Simpan kata sandi ini; ia tidak akan ditampilkan lagi.
            Keep this password; it will not be shown again.
            ================================================================

            """
        FileHandle.standardOutput.write(Data(notice.utf8))
        return password
    }
}
