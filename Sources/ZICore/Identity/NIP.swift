import Foundation

/// Nomor Induk Pegawai: the 18-digit number of an Indonesian civil servant.
///
/// Layout, shown with the spaces of ``formatted``: `19800101 200501 1 001` — birth date
/// `yyyymmdd` (digits 1–8), start of service (TMT CPNS) `yyyymm` (digits 9–14), sex `1` (male)
/// or `2` (female) (digit 15) and a 3-digit sequence number (digits 16–18).
///
/// Parsing accepts the spaces and dots people type between the groups and checks the structure,
/// leniently but sensibly: the birth date is a real date from ``earliestBirthYear`` on; the
/// TMT CPNS is a real month from ``earliestAppointmentYear`` to the year after the current one,
/// and at least ``minimumAgeAtAppointment`` years after the birth year. Encodes as its digits.
public struct NIP: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 18 digits, without separators: `198001012005011001`.
    public let digits: String
    /// The birth date (digits 1–8).
    public let birthDate: CalendarDate
    /// The year of the start of service, TMT CPNS (digits 9–12).
    public let appointmentYear: Int
    /// The month of the start of service, TMT CPNS, 1…12 (digits 13–14).
    public let appointmentMonth: Int
    /// The sex (digit 15).
    public let sex: Sex

    /// The sex a NIP records.
    public enum Sex: Int, Sendable, CaseIterable, Labelled {
        /// Digit `1`.
        case male = 1
        /// Digit `2`.
        case female = 2

        public static let labelGroup = "sex"
    }

    /// The earliest birth year accepted.
    public static let earliestBirthYear = 1900
    /// The earliest TMT CPNS year accepted.
    public static let earliestAppointmentYear = 1950
    /// The fewest years from the birth year to the TMT CPNS year.
    public static let minimumAgeAtAppointment = 15

    /// Parses and checks a NIP. Spaces and dots between the digits are left out; any other
    /// character that is not a digit is refused. `currentYear` bounds the TMT CPNS year (at
    /// most the year after it); callers that know today pass its year.
    public init(_ text: String, currentYear: Int) throws(Problem) {
        let compact = text.filter { !$0.isWhitespace && $0 != "." }
        if let bad = compact.first(where: { !($0.isASCII && $0.isNumber) }) { throw .invalidCharacter(String(bad)) }
        guard compact.count == 18 else { throw .wrongLength(compact.count) }
        let digit = Array(compact).map { Int(String($0))! }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digit[$1] } }
        func group(_ range: Range<Int>) -> String { String(Array(compact)[range]) }

        let birthYear = number(0..<4)
        guard birthYear >= Self.earliestBirthYear,
            let birthDate = CalendarDate(year: birthYear, month: number(4..<6), day: number(6..<8))
        else {
            throw .invalidBirthDate(group(0..<8))
        }
        let appointmentYear = number(8..<12)
        let appointmentMonth = number(12..<14)
        guard (1...12).contains(appointmentMonth) else { throw .invalidAppointment(group(8..<14)) }
        let allowedYears = Self.earliestAppointmentYear...(currentYear + 1)
        guard allowedYears.contains(appointmentYear) else {
            throw .appointmentYearOutOfRange(year: appointmentYear, allowed: allowedYears)
        }
        guard appointmentYear >= birthYear + Self.minimumAgeAtAppointment else {
            throw .appointmentTooSoonAfterBirth(appointmentYear: appointmentYear, birthYear: birthYear)
        }
        guard let sex = Sex(rawValue: digit[14]) else { throw .invalidSexDigit(group(14..<15)) }

        digits = compact
        self.birthDate = birthDate
        self.appointmentYear = appointmentYear
        self.appointmentMonth = appointmentMonth
        self.sex = sex
    }

    /// Whether the text looks like an attempt at a NIP: digits, with only spaces and dots besides.
    public static func looksLikeNIP(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace && $0 != "." }
        return !compact.isEmpty && compact.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The NIP in its groups, as printed on decrees: `19800101 200501 1 001`.
    public var formatted: String {
        let characters = Array(digits)
        return [0..<8, 8..<14, 14..<15, 15..<18].map { String(characters[$0]) }.joined(separator: " ")
    }

    /// The 18 digits.
    public var description: String { digits }

    /// The decoder's `userInfo` entry holding the current year (an `Int`) that decoded NIPs are
    /// checked against; ZICore reads no clock.
    public static let currentYearKey = CodingUserInfoKey(rawValue: "sizi.nip.currentYear")!

    /// Decodes the digits (separators allowed) and checks them against the year in
    /// `decoder.userInfo[NIP.currentYearKey]`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let currentYear = decoder.userInfo[Self.currentYearKey] as? Int else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "the current year is not in userInfo[NIP.currentYearKey]")
        }
        do {
            try self.init(text, currentYear: currentYear)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the 18 digits as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
