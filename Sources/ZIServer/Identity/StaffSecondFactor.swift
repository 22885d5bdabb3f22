import Fluent
import Foundation
import ZICore

/// A staff member's authenticator (TOTP): the secret sealed under the installation's key, whether
/// its first code was proven, the last time step used (a code works once) and the SHA-256 of the
/// unused backup codes.
final class StaffSecondFactor: Model, @unchecked Sendable {
    static let schema = "staff_second_factors"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "sealed_secret") var sealedSecret: String
    @Field(key: "confirmed") var confirmed: Bool
    @OptionalField(key: "last_step") var lastStep: Int64?
    /// The digests of the unused backup codes, comma-separated.
    @Field(key: "backup_digests") var backupDigests: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, secret: TOTPSecret, sealer: SecretSealer) throws {
        $user.id = userID
        sealedSecret = try sealer.seal(secret.base32, context: Self.sealingContext(userID))
        confirmed = false
        backupDigests = ""
    }

    static func sealingContext(_ userID: UUID) -> String { "staff-totp:\(userID.uuidString)" }

    /// The authenticator secret, opened with the installation's key.
    func secret(_ sealer: SecretSealer) throws -> TOTPSecret? {
        TOTPSecret(base32: try sealer.open(sealedSecret, context: Self.sealingContext($user.id)))
    }

    var unusedBackupDigests: [String] { backupDigests.split(separator: ",").map(String.init) }
}

/// Staff authenticators, and agencies that require one of all their staff.
struct CreateStaffSecondFactors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffSecondFactor.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("sealed_secret", .string, .required)
            .field("confirmed", .bool, .required)
            .field("last_step", .int64)
            .field("backup_digests", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id")
            .create()
        try await database.schema(Instansi.schema)
            .field("requires_second_factor", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Instansi.schema).deleteField("requires_second_factor").update()
        try await database.schema(StaffSecondFactor.schema).delete()
    }
}
