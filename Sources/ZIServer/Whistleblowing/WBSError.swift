import Vapor
import ZICore

/// The refusals of the whistleblowing system, as ``AppError``s with stable codes (messages in
/// `Resources/Locales`).
enum WBSError {
    /// The receipt is wrong, malformed, or its report's content was purged: one answer for all.
    static let unknownReceipt = AppError(.notFound, code: "wbs_unknown_receipt")
    /// The unit has no handler whose keys are ready, so nobody could read a report.
    static let notReady = AppError(.serviceUnavailable, code: "wbs_not_ready")
    /// A form was posted from another site (see ``SameOriginCheck``).
    static let crossSite = AppError(.forbidden, code: "wbs_cross_site")
    /// Too many receipt or key derivations are waiting already.
    static let busy = AppError(.serviceUnavailable, code: "wbs_busy")
    /// The handler has not made their keys (or confirmed their authenticator app) yet.
    static let keysMissing = AppError(.conflict, code: "wbs_keys_missing")
    /// The handler's keys are in use; they are replaced only by recovery or by the administrator.
    static let keysExist = AppError(.conflict, code: "wbs_keys_exist")
    /// The handler's key is not unlocked in this session.
    static let locked = AppError(.locked, code: "wbs_locked")
    /// The handler is not among those the report's key is wrapped for.
    static let notRecipient = AppError(.forbidden, code: "wbs_not_recipient")
    /// The second-factor code is wrong or was used already.
    static let wrongCode = AppError(
        .unprocessableEntity, code: "wbs_wrong_code", fields: [FieldError(field: "code", key: "error.wbs_wrong_code")])
    /// The WBS key password is wrong.
    static let wrongPassword = AppError(
        .unprocessableEntity, code: "wbs_wrong_password",
        fields: [FieldError(field: "password", key: "error.wbs_wrong_password")])
    /// The recovery code is wrong or malformed.
    static let wrongRecoveryCode = AppError(
        .unprocessableEntity, code: "wbs_wrong_recovery_code",
        fields: [FieldError(field: "recoveryCode", key: "error.wbs_wrong_recovery_code")])
    /// The report's content was deleted under its retention period.
    static let purged = AppError(.gone, code: "wbs_purged")
    /// A stored ciphertext or keyring does not open.
    static let damaged = AppError(.internalServerError, code: "wbs_damaged")
    /// The only handler holding a report's key cannot be removed from it.
    static let lastHandler = AppError(.conflict, code: "wbs_last_handler")

    /// Too many failed unlocks: locked until `time` (`HH:mm` WIB).
    static func unlockThrottled(until time: String) -> AppError {
        AppError(.tooManyRequests, code: "wbs_unlock_throttled", arguments: [time])
    }

    /// The status cannot follow the current one.
    static func transition(from status: WhistleblowingStatus) -> AppError {
        AppError(.conflict, code: "wbs_transition", arguments: [status.labelKey])
    }
}
