import Foundation

/// The login name of an account: a short lowercase name or an 18-digit NIP.
public enum Username {
    /// Why a username is not acceptable.
    public enum Problem: Error, Equatable, Sendable {
        case tooShort
        case tooLong
        case invalidCharacters
        case invalidNIP(NIP.Problem)
    }

    /// The allowed length of a name that is not a NIP.
    public static let lengths = 3...64

    /// Normalises (trims, lowercases) and checks a username.
    ///
    /// Text made only of digits is taken as a NIP and must be a valid one in `currentYear`.
    public static func normalize(_ raw: String, currentYear: Int) throws(Problem) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if NIP.looksLikeNIP(name) {
            do { return try NIP(name, currentYear: currentYear).digits } catch { throw .invalidNIP(error) }
        }
        guard name.count >= lengths.lowerBound else { throw .tooShort }
        guard name.count <= lengths.upperBound else { throw .tooLong }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard name.allSatisfy(allowed.contains) else { throw .invalidCharacters }
        return name
    }
}
