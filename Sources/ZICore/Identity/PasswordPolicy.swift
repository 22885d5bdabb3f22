/// The rules a new password must follow.
///
/// Bcrypt reads at most 72 bytes, so longer passwords are refused rather than
/// silently truncated.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumBytes = 72

    /// Why a password is not acceptable.
    public enum Problem: Error, Equatable, Sendable {
        case tooShort
        case tooLong
        case sameAsUsername
        case needsLetterAndDigit
    }

    /// Checks a new password for the given username.
    public static func check(_ password: String, username: String) throws(Problem) {
        guard password.count >= minimumLength else { throw .tooShort }
        guard password.utf8.count <= maximumBytes else { throw .tooLong }
        guard password.lowercased() != username.lowercased() else { throw .sameAsUsername }
        guard password.contains(where: \.isLetter), password.contains(where: \.isNumber) else {
            throw .needsLetterAndDigit
        }
    }
}
