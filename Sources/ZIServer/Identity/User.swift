import Fluent
import Foundation
import ZICore

/// A person who logs in to SIZI. The public (masyarakat) never has an account.
package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @OptionalField(key: "email") var email: String?
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "is_active") var isActive: Bool
    @Field(key: "failed_logins") var failedLogins: Int
    /// Set when an administrator chose the password: the account must pick its own before anything else.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    /// The agency whose admins manage this account; nil for installation-wide accounts.
    @OptionalParent(key: "instansi_id") var instansi: Instansi?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    init(username: String, displayName: String, email: String?, passwordHash: String, instansiID: UUID?) {
        self.username = username
        self.displayName = displayName
        self.email = email
        self.passwordHash = passwordHash
        self.isActive = true
        self.failedLogins = 0
        self.mustChangePassword = false
        self.$instansi.id = instansiID
    }
}
