import Foundation
import Vapor
import ZICore

/// Holiday calendar administration for the `sizi holidays` commands.
public enum HolidayAdmin {
    /// Loads a decree's calendar (the format of `Resources/holidays/skb-YYYY.json`) and says what changed.
    public static func importFile(_ app: Application, path: String) async throws -> String {
        let url = URL(fileURLWithPath: path)
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        guard size <= 1_000_000, let data = try? Data(contentsOf: url) else {
            throw CommandLineError("Berkas tidak terbaca atau lebih dari 1 MB / cannot read \(path) (at most 1 MB)")
        }
        let file: HolidayCalendarFile
        do { file = try HolidayCalendarFile.decode(data, source: url.lastPathComponent) } catch {
            throw CommandLineError(error.description)
        }
        let loaded = try await app.write { db in try await Holidays.load(file, by: .commandLine(), on: db) }
        app.holidayCache.invalidate()
        let verification = file.needsVerification ? " — perlu diverifikasi / to be verified" : ""
        return "\(file.year): \(loaded.added) ditambah / added, \(loaded.changed) diubah / changed, "
            + "\(loaded.unchanged) tetap / unchanged\(verification)"
    }

    /// The recorded days of `year`, one per line: date, kind, name, decree.
    public static func list(_ app: Application, year: Int) async throws -> [String] {
        try await Holidays.days(of: year, on: app.db).map { day in
            [
                day.date, day.kind ?? HolidayKind.lainnya.rawValue, day.name, day.source ?? "-",
                day.needsVerification == true ? "perlu diverifikasi" : "",
            ]
            .joined(separator: "\t")
        }
    }
}
