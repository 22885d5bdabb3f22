import Foundation

/// Nomor Induk Pegawai: the 18-digit number of an Indonesian civil servant.
///
/// Layout: birth date `YYYYMMDD`, start of service (TMT CPNS) `YYYYMM`,
/// sex `1` (male) or `2` (female), and a 3-digit sequence number.
public struct NIP: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    /// Why a string is not a valid NIP.
    public enum Problem: Error, Equatable, Sendable {
        case wrongLength(Int)
        case notDigits
        case invalidBirthDate
        case invalidServiceStart
        case invalidSexDigit
    }

    /// Parses a NIP, accepting the spaces people type between its groups.
    public init(_ text: String) throws(Problem) {
        let compact = text.filter { !$0.isWhitespace }
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits }
        guard compact.count == 18 else { throw .wrongLength(compact.count) }
        let d = Array(compact).map { Int(String($0))! }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + d[$1] } }
        guard NIP.isDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)) else {
            throw .invalidBirthDate
        }
        guard NIP.isDate(year: number(8..<12), month: number(12..<14), day: 1) else {
            throw .invalidServiceStart
        }
        guard d[14] == 1 || d[14] == 2 else { throw .invalidSexDigit }
        digits = compact
    }

    /// Whether the text looks like an attempt at a NIP (only digits and spaces).
    public static func looksLikeNIP(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return !compact.isEmpty && compact.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public var description: String { digits }

    private static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month)
        guard let date = calendar.date(from: components),
              let days = calendar.range(of: .day, in: .month, for: date) else { return false }
        return days.contains(day)
    }
}
