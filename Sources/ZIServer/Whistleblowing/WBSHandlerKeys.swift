import Fluent
import Foundation
import ZICore

/// A WBS handler's keys and second factor: the public key in clear, the private key only
/// sealed (under the handler's WBS key password, and under the recovery code shown once), and
/// the TOTP secret with the last time step used, so a code is accepted only once. Failed
/// unlocks count toward a temporary lock.
package final class WBSHandlerKeys: Model, @unchecked Sendable {
    package static let schema = "wbs_handler_keys"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The raw Curve25519 public key.
    @Field(key: "public_key") var publicKey: Data
    /// `SealedPrivateKey` as JSON, under the WBS key password.
    @Field(key: "password_sealed") var passwordSealed: Data
    /// `SealedPrivateKey` as JSON, under the recovery code.
    @Field(key: "recovery_sealed") var recoverySealed: Data
    /// The TOTP secret in base32, sealed under the installation's key (``SecretSealer``).
    @Field(key: "totp_secret") var sealedTOTPSecret: String
    /// The handler proved their authenticator app works; until then no report is wrapped to them.
    @Field(key: "totp_confirmed") package var totpConfirmed: Bool
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?
    @Field(key: "failures") var failures: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Field(key: "created_on") var createdOn: String

    package init() {}

    /// The row of freshly made keys with a new authenticator secret, not yet confirmed.
    package init(userID: UUID, keys: HandlerKeySet, totpSecret: TOTPSecret, sealer: SecretSealer) throws {
        $user.id = userID
        publicKey = keys.publicKey.rawRepresentation
        passwordSealed = try StoredJSON.encode(keys.passwordSealed)
        recoverySealed = try StoredJSON.encode(keys.recoverySealed)
        sealedTOTPSecret = try sealer.seal(totpSecret.base32, context: Self.sealingContext(userID))
        totpConfirmed = false
        failures = 0
        createdOn = WBSDay.today()
    }
}

extension WBSHandlerKeys {
    /// What a handler's sealed TOTP secret is bound to: a sealed value copied to another row does not open.
    static func sealingContext(_ userID: UUID) -> String { "wbs-totp:\(userID.uuidString)" }

    /// The authenticator secret, opened with the installation's key.
    func totpSecret(_ sealer: SecretSealer) throws -> TOTPSecret? {
        TOTPSecret(base32: try sealer.open(sealedTOTPSecret, context: Self.sealingContext($user.id)))
    }
}

/// Seals the WBS handlers' TOTP secrets that earlier versions stored in clear.
struct SealWBSTOTPSecrets: AsyncMigration {
    let sealer: SecretSealer

    func prepare(on database: any Database) async throws {
        for row in try await WBSHandlerKeys.query(on: database).all() where !row.sealedTOTPSecret.hasPrefix(SecretSealer.prefix) {
            row.sealedTOTPSecret = try sealer.seal(row.sealedTOTPSecret, context: WBSHandlerKeys.sealingContext(row.$user.id))
            try await row.save(on: database)
        }
    }

    /// Sealed secrets stay sealed: reverting would write them back in clear.
    func revert(on database: any Database) async throws {}
}
