extension NIP {
    /// Why a text is not a valid NIP; ``description`` says in Indonesian what to fix.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// A character other than a digit, a space or a dot.
        case invalidCharacter(String)
        /// Not 18 digits; the number of digits written.
        case wrongLength(Int)
        /// Digits 1–8 (as written) are not a real date from ``NIP/earliestBirthYear`` on.
        case invalidBirthDate(String)
        /// Digits 9–14 (as written) do not end in a month 01–12.
        case invalidAppointment(String)
        /// The TMT CPNS year lies outside the years allowed.
        case appointmentYearOutOfRange(year: Int, allowed: ClosedRange<Int>)
        /// The TMT CPNS year is less than ``NIP/minimumAgeAtAppointment`` years after the birth year.
        case appointmentTooSoonAfterBirth(appointmentYear: Int, birthYear: Int)
        /// Digit 15 (as written) is neither `1` nor `2`.
        case invalidSexDigit(String)

        /// The explanation, in Indonesian, naming the digits to correct.
        public var description: String {
            switch self {
            case .invalidCharacter(let character):
                "NIP hanya boleh berisi angka (spasi dan titik sebagai pemisah diperbolehkan); ditemukan “\(character)”."
            case .wrongLength(let count):
                "NIP harus 18 digit angka (tertulis \(count) digit)."
            case .invalidBirthDate(let text):
                "Digit 1–8 NIP harus tanggal lahir yang sah dalam urutan tahun, bulan, tanggal (yyyymmdd), "
                    + "tahun \(NIP.earliestBirthYear) atau sesudahnya; tertulis \(text)."
            case .invalidAppointment(let text):
                "Digit 9–14 NIP harus tahun dan bulan TMT CPNS (yyyymm) dengan bulan 01–12; tertulis \(text)."
            case .appointmentYearOutOfRange(let year, let allowed):
                "Tahun TMT CPNS pada NIP (digit 9–12) harus antara \(allowed.lowerBound) dan \(allowed.upperBound); tertulis \(year)."
            case .appointmentTooSoonAfterBirth(let appointmentYear, let birthYear):
                "Tahun TMT CPNS \(appointmentYear) (digit 9–12) kurang dari \(NIP.minimumAgeAtAppointment) tahun "
                    + "setelah tahun lahir \(birthYear) (digit 1–4); periksa kembali NIP."
            case .invalidSexDigit(let digit):
                "Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis \(digit)."
            }
        }
    }
}
