import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor
import ZICore

/// A handler's keys and second factor: making them (the recovery code shown once), proving the
/// authenticator app, unlocking the private key for one session (a fresh TOTP code, then the
/// WBS key password), recovering it with the recovery code, and changing its password.
///
/// Each TOTP code works once (the last used step is stored); every wrong code or password
/// counts toward ``throttle``'s lock. Since a password guess needs a fresh valid code first,
/// guessing is bounded by the authenticator as well. Every scrypt passes the ``ScryptGate``.
enum WBSKeyService {
    static let throttle = LoginThrottle()

    /// What the handler is shown once after making or recovering keys.
    struct Issued: Sendable {
        let recoveryCode: String
    }

    /// The keys row of `userID`, if any.
    static func keys(of userID: UUID, on db: any Database) async throws -> WBSHandlerKeys? {
        try await WBSHandlerKeys.query(on: db).filter(\.$user.$id == userID).first()
    }

    /// Makes a key pair sealed under `password` and a new authenticator secret (two scrypts).
    /// Keys whose authenticator was never confirmed are replaced (no report is wrapped to them);
    /// confirmed keys are refused: they change only through recovery or the administrator.
    static func create(for current: CurrentUser, password: String, confirmation: String, app: Application) async throws -> Issued {
        try checkNewPassword(password, confirmation: confirmation, username: current.user.username)
        if let existing = try await keys(of: current.id, on: app.db), existing.totpConfirmed { throw WBSError.keysExist }
        let scrypt = app.settings.whistleblowing.keySealScrypt
        let set = try await app.scryptGate.run(count: 2) { try HandlerKeySet.create(password: password, parameters: scrypt) }
        let row = try WBSHandlerKeys(userID: current.id, keys: set, totpSecret: .generate(), sealer: app.secretSealer)
        try await app.write { db in
            try await WBSHandlerKeys.query(on: db).filter(\.$user.$id == current.id).filter(\.$totpConfirmed == false).delete()
            try await row.create(on: db)
            try await audit("create", current, on: db)
        }
        return Issued(recoveryCode: set.recoveryCode.grouped)
    }

    /// Confirms the authenticator app with a code it shows; from now on reports may be wrapped to the handler.
    static func confirmAuthenticator(for current: CurrentUser, code: String, app: Application) async throws {
        let keys = try await verifySecondFactor(code, for: current, app: app)
        try await app.write { db in
            keys.totpConfirmed = true
            try await keys.save(on: db)
            try await audit("confirm_authenticator", current, on: db)
        }
    }

    /// Unlocks the private key for the session of `current`: the TOTP code first, then the
    /// password (one scrypt). The key is kept in the ``WBSKeyVault`` only.
    static func unlock(for current: CurrentUser, code: String, password: String, app: Application) async throws {
        let keys = try await verifySecondFactor(code, for: current, app: app, requireConfirmed: true)
        let sealed = try StoredJSON.decode(SealedPrivateKey.self, from: keys.passwordSealed)
        let key: HandlerPrivateKey
        do {
            key = try await app.scryptGate.run { CryptoBox(try sealed.unlock(password: password)) }.value
        } catch WhistleblowingError.wrongPassword {
            try await recordFailure(keys, current, app: app)
            throw WBSError.wrongPassword
        }
        try await recordSuccess(keys, current, action: "unlock", app: app)
        app.wbsKeyVault.keep(key, for: current)
    }

    /// Opens the private key with the recovery code (after a TOTP code), seals it under a new
    /// password and a new recovery code (three scrypts), and unlocks it for this session.
    static func recover(
        for current: CurrentUser, code: String, recoveryCode typed: String, password: String, confirmation: String,
        app: Application
    ) async throws -> Issued {
        try checkNewPassword(password, confirmation: confirmation, username: current.user.username)
        let keys = try await verifySecondFactor(code, for: current, app: app, requireConfirmed: true)
        let sealed = try StoredJSON.decode(SealedPrivateKey.self, from: keys.recoverySealed)
        let scrypt = app.settings.whistleblowing.keySealScrypt
        let renewed: CryptoBox<(HandlerPrivateKey, HandlerKeySet)>
        do {
            renewed = try await app.scryptGate.run(count: 3) {
                let key = try sealed.unlock(recoveryCode: RecoveryCode(typed))
                return CryptoBox((key, try HandlerKeySet(privateKey: key, password: password, parameters: scrypt)))
            }
        } catch WhistleblowingError.wrongRecoveryCode, WhistleblowingError.malformedRecoveryCode {
            try await recordFailure(keys, current, app: app)
            throw WBSError.wrongRecoveryCode
        }
        let (key, set) = renewed.value
        keys.passwordSealed = try StoredJSON.encode(set.passwordSealed)
        keys.recoverySealed = try StoredJSON.encode(set.recoverySealed)
        try await recordSuccess(keys, current, action: "recover", app: app)
        app.wbsKeyVault.keep(key, for: current)
        return Issued(recoveryCode: set.recoveryCode.grouped)
    }

    /// Seals the private key under a new password (two scrypts); the old one must open it.
    static func changePassword(
        for current: CurrentUser, from old: String, to new: String, confirmation: String,
        app: Application
    ) async throws {
        try checkNewPassword(new, confirmation: confirmation, username: current.user.username)
        guard let keys = try await keys(of: current.id, on: app.db), keys.totpConfirmed else { throw WBSError.keysMissing }
        let sealed = try StoredJSON.decode(SealedPrivateKey.self, from: keys.passwordSealed)
        let scrypt = app.settings.whistleblowing.keySealScrypt
        let resealed: SealedPrivateKey
        do {
            resealed = try await app.scryptGate.run(count: 2) { try sealed.changingPassword(from: old, to: new, parameters: scrypt) }
        } catch WhistleblowingError.wrongPassword {
            try await recordFailure(keys, current, app: app)
            throw AppError(
                .unprocessableEntity, code: "wbs_wrong_password",
                fields: [FieldError(field: "currentPassword", key: "error.wbs_wrong_password")])
        }
        keys.passwordSealed = try StoredJSON.encode(resealed)
        try await recordSuccess(keys, current, action: "change_password", app: app)
    }

    /// Checks a TOTP code, refusing a reused one; the used step is stored at once, and a wrong
    /// code counts as a failure (committed even though the request is refused).
    private static func verifySecondFactor(
        _ code: String, for current: CurrentUser, app: Application,
        requireConfirmed: Bool = false
    ) async throws -> WBSHandlerKeys {
        let now = AppClock.current.now()
        let outcome: Result<WBSHandlerKeys, AppError> = try await app.write { db in
            guard let keys = try await lockedKeys(of: current.id, on: db), keys.totpConfirmed || !requireConfirmed else {
                throw WBSError.keysMissing
            }
            let state = LoginThrottle.State(failures: keys.failures, lockedUntil: keys.lockedUntil)
            if throttle.isLocked(state, at: now) { return .failure(throttled(until: keys.lockedUntil!)) }
            guard let secret = try keys.totpSecret(app.secretSealer),
                let step = TOTP(secret: secret).verify(String(code.prefix(16)), at: now, lastUsedStep: keys.totpLastStep.map { UInt64($0) })
            else {
                try await fail(keys, current, at: now, on: db)
                return .failure(WBSError.wrongCode)
            }
            keys.totpLastStep = Int64(step)
            try await keys.save(on: db)
            return .success(keys)
        }
        return try outcome.get()
    }

    /// The keys row, locked until the transaction ends on PostgreSQL (SQLite writes are serialised).
    private static func lockedKeys(of userID: UUID, on db: any Database) async throws -> WBSHandlerKeys? {
        if let sql = db as? any SQLDatabase, db is any PostgresDatabase {
            try await sql.raw("SELECT id FROM \(ident: WBSHandlerKeys.schema) WHERE user_id = \(bind: userID) FOR UPDATE").run()
        }
        return try await keys(of: userID, on: db)
    }

    private static func recordFailure(_ keys: WBSHandlerKeys, _ current: CurrentUser, app: Application) async throws {
        try await app.write { db in try await fail(keys, current, at: app.clock.now(), on: db) }
    }

    private static func fail(_ keys: WBSHandlerKeys, _ current: CurrentUser, at now: Date, on db: any Database) async throws {
        let state = throttle.afterFailure(LoginThrottle.State(failures: keys.failures, lockedUntil: keys.lockedUntil), at: now)
        keys.failures = state.failures
        keys.lockedUntil = state.lockedUntil
        try await keys.save(on: db)
        try await audit(throttle.isLocked(state, at: now) ? "unlock_locked" : "unlock_failed", current, on: db)
    }

    private static func recordSuccess(_ keys: WBSHandlerKeys, _ current: CurrentUser, action: String, app: Application) async throws {
        try await app.write { db in
            keys.failures = 0
            keys.lockedUntil = nil
            try await keys.save(on: db)
            try await audit(action, current, on: db)
        }
    }

    private static func audit(_ action: String, _ current: CurrentUser, on db: any Database) async throws {
        try await AuditLog.record(
            AuditChange(
                entity: "wbs_handler_keys", entityID: current.id.uuidString, action: action,
                instansiID: current.user.instansiID),
            by: current.actor, on: db)
    }

    private static func throttled(until: Date) -> AppError {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm"
        formatter.timeZone = WIBTime.zone
        return WBSError.unlockThrottled(until: formatter.string(from: until))
    }

    /// A new WBS key password: the account password rules, typed twice.
    private static func checkNewPassword(_ password: String, confirmation: String, username: String) throws {
        var validator = Validator()
        UserService.checkPassword(password, username: username, &validator)
        if password != confirmation { validator.add("confirmation", "validation.password_confirm") }
        try validator.check()
    }
}
