import Foundation

/// One year's national holidays and collective leave as a decree sets them (the joint decree of
/// the Ministers of Religious Affairs, Manpower and PANRB, "SKB 3 Menteri"): the data SIZI ships
/// in `Resources/holidays/skb-YYYY.json` and the file `sizi holidays import` reads.
public struct HolidayCalendarFile: Sendable, Codable, Equatable {
    /// One day off.
    public struct Day: Sendable, Codable, Equatable {
        public let date: CalendarDate
        public let kind: HolidayKind
        public let name: String

        public init(date: CalendarDate, kind: HolidayKind, name: String) {
            self.date = date
            self.kind = kind
            self.name = name
        }
    }

    public let year: Int
    /// The decree the days come from, as cited.
    public let decree: String
    /// Whether the days were not checked against the decree's text: shown with every day until
    /// the super-admin confirms them.
    public let needsVerification: Bool
    public let note: String?
    public let days: [Day]

    /// Reads and checks one file; `source` names it in errors.
    public static func decode(_ data: Data, source: String) throws(HolidayCalendarError) -> HolidayCalendarFile {
        let file: HolidayCalendarFile
        do {
            file = try JSONDecoder().decode(HolidayCalendarFile.self, from: data)
        } catch let error as DecodingError {
            throw .unreadable(source: source, reason: LKEFrameworkLoader.describe(error))
        } catch {
            throw .unreadable(source: source, reason: error.localizedDescription)
        }
        try file.check(source: source)
        return file
    }

    /// The most days one year may list (a year has 366; decrees list about 25).
    public static let maxDays = 100

    private func check(source: String) throws(HolidayCalendarError) {
        guard (2000...2100).contains(year) else { throw .invalid(source: source, reason: "tahun \(year) di luar 2000–2100") }
        guard !decree.trimmingCharacters(in: .whitespaces).isEmpty, decree.count <= 500 else {
            throw .invalid(source: source, reason: "decree wajib diisi (paling banyak 500 karakter)")
        }
        guard !days.isEmpty, days.count <= Self.maxDays else {
            throw .invalid(source: source, reason: "days berisi 1–\(Self.maxDays) hari")
        }
        var seen: Set<CalendarDate> = []
        for day in days {
            guard day.date.year == year else { throw .invalid(source: source, reason: "\(day.date) bukan tahun \(year)") }
            guard seen.insert(day.date).inserted else { throw .invalid(source: source, reason: "\(day.date) tercantum dua kali") }
            guard !day.name.trimmingCharacters(in: .whitespaces).isEmpty, day.name.count <= 200 else {
                throw .invalid(source: source, reason: "nama hari \(day.date) wajib diisi (paling banyak 200 karakter)")
            }
        }
    }

    /// The calendars shipped with ZICore, by year.
    public static func bundled() throws(HolidayCalendarError) -> [HolidayCalendarFile] {
        guard let directory = Bundle.module.url(forResource: "holidays", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        else { throw .resourcesMissing }
        var calendars: [HolidayCalendarFile] = []
        for url in files.filter({ $0.pathExtension == "json" }) {
            guard let data = try? Data(contentsOf: url) else { throw .unreadable(source: url.lastPathComponent, reason: "tidak terbaca") }
            calendars.append(try decode(data, source: url.lastPathComponent))
        }
        return calendars.sorted { $0.year < $1.year }
    }
}

/// Why a holiday calendar file was refused, in Indonesian for the administrator.
public enum HolidayCalendarError: Error, Equatable, CustomStringConvertible {
    case resourcesMissing
    case unreadable(source: String, reason: String)
    case invalid(source: String, reason: String)

    public var description: String {
        switch self {
        case .resourcesMissing: "Data hari libur bawaan tidak ditemukan."
        case .unreadable(let source, let reason): "\(source): berkas tidak dapat dibaca: \(reason)"
        case .invalid(let source, let reason): "\(source): \(reason)"
        }
    }
}
