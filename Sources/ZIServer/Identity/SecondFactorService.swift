import Fluent
import Vapor
import ZICore

/// Staff second factors: enrolment (a new secret, then proof of a first code, then backup codes
/// shown once), verification at login (a TOTP code once, or an unused backup code), and the reset
/// of a lost device by a higher administrator. Every change is audited.
enum SecondFactorService {
    /// What enrolment shows: the secret to type and the URI the QR code carries.
    struct Enrolment {
        let secret: TOTPSecret
        let provisioningURI: String
    }

    /// The account's authenticator, confirmed or not.
    static func factor(of userID: UUID, on db: any Database) async throws -> StaffSecondFactor? {
        try await StaffSecondFactor.query(on: db).filter(\.$user.$id == userID).first()
    }

    /// A new, unconfirmed secret (replacing an unconfirmed one); a confirmed one must be reset first.
    static func start(for current: CurrentUser, app: Application) async throws -> Enrolment {
        if let existing = try await factor(of: current.id, on: app.db), existing.confirmed {
            throw AppError.conflict("second_factor_exists")
        }
        let secret = TOTPSecret.generate()
        let row = try StaffSecondFactor(userID: current.id, secret: secret, sealer: app.secretSealer)
        try await app.write { db in
            try await StaffSecondFactor.query(on: db).filter(\.$user.$id == current.id).delete()
            try await row.create(on: db)
        }
        return Enrolment(secret: secret, provisioningURI: TOTP(secret: secret).provisioningURI(account: current.user.username))
    }

    /// The pending enrolment, if any (to show its QR code again).
    static func pending(for current: CurrentUser, app: Application) async throws -> Enrolment? {
        guard let row = try await factor(of: current.id, on: app.db), !row.confirmed,
            let secret = try row.secret(app.secretSealer)
        else { return nil }
        return Enrolment(secret: secret, provisioningURI: TOTP(secret: secret).provisioningURI(account: current.user.username))
    }

    /// Proves the authenticator with its first code; answers the backup codes, to show once.
    static func confirm(for current: CurrentUser, code: String, app: Application) async throws -> [String] {
        let backupCodes = BackupCodes.generate()
        try await app.write { db in
            guard let row = try await factor(of: current.id, on: db), !row.confirmed else {
                throw AppError(.conflict, code: "second_factor_not_started")
            }
            guard let secret = try row.secret(app.secretSealer),
                let step = TOTP(secret: secret).verify(String(code.prefix(16)), at: AppClock.current.now(), lastUsedStep: nil)
            else {
                throw AppError.validation([FieldError(field: "code", key: "validation.totp_code")])
            }
            row.confirmed = true
            row.lastStep = Int64(step)
            row.backupDigests = backupCodes.map(BackupCodes.digest).joined(separator: ",")
            try await row.save(on: db)
            try await AuditLog.record(
                AuditChange(
                    entity: "second_factor", entityID: row.id?.uuidString, action: "enrol",
                    instansiID: current.user.instansiID), by: current.actor, on: db)
        }
        app.sessionCache.invalidate(userID: current.id)
        return backupCodes
    }

    /// Whether `code` is the account's current TOTP code (not used before) or one of its unused
    /// backup codes, which is then spent. Inside the caller's write.
    static func verify(_ code: String, userID: UUID, sealer: SecretSealer, on db: any Database) async throws -> Bool {
        guard let row = try await factor(of: userID, on: db), row.confirmed, let secret = try row.secret(sealer) else { return false }
        let typed = String(code.prefix(32))
        if let step = TOTP(secret: secret).verify(typed, at: AppClock.current.now(), lastUsedStep: row.lastStep.map { UInt64($0) }) {
            row.lastStep = Int64(step)
            try await row.save(on: db)
            return true
        }
        let digest = BackupCodes.digest(typed)
        guard row.unusedBackupDigests.contains(digest) else { return false }
        row.backupDigests = row.unusedBackupDigests.filter { $0 != digest }.joined(separator: ",")
        try await row.save(on: db)
        try await AuditLog.record(
            AuditChange(entity: "second_factor", entityID: row.id?.uuidString, action: "backup_code_used"),
            by: AuditActor(id: userID, name: "login"), on: db)
        return true
    }

    /// Removes the account's authenticator (a lost device) and ends its sessions. Only someone who
    /// manages the account may, never for their own account, and an administrator's only the
    /// super-admin (``GrantAuthority``, ``SecondFactorPolicy``).
    static func reset(_ user: User, by current: CurrentUser, app: Application) async throws {
        guard user.id != current.id else { throw AppError(.forbidden, code: "own_second_factor") }
        let held = try await RoleAssignment.query(on: app.db).filter(\.$user.$id == user.id!).all().map(\.grant)
        if held.contains(where: { SecondFactorPolicy.administratorRoles.contains($0.role) }),
            !AccessPolicy.allows(current.grants, .manageUsers, on: .installation)
        {
            throw AppError.forbidden
        }
        try await app.write { db in
            try await StaffSecondFactor.query(on: db).filter(\.$user.$id == user.id!).delete()
            try await Session.query(on: db).filter(\.$user.$id == user.id!).delete()
            try await AuditLog.record(
                AuditChange(
                    entity: "second_factor", entityID: user.id?.uuidString, action: "reset",
                    instansiID: user.$instansi.id), by: current.actor, on: db)
        }
        app.sessionCache.invalidate(userID: user.id!)
    }
}
