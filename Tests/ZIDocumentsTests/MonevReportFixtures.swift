import ZICore
@testable import ZIDocuments

/// Monev reports for the tests.
enum MonevReportFixtures {
    /// A quarter with three actions in two areas (two of one indikator), a meeting with two
    /// findings chaired by the head, and one without findings or the head.
    static func sample() -> MonevReport {
        MonevReport(
            unitName: "Balai Contoh", year: 2025, periodLabel: "Triwulan I 2025",
            periodStart: CalendarDate(year: 2025, month: 1, day: 1)!, periodEnd: CalendarDate(year: 2025, month: 3, day: 31)!,
            actions: [
                MonevReport.ActionRow(
                    area: "Manajemen Perubahan", indikator: "Tim kerja telah dibentuk", langkahAksi: "Menyusun SK Tim Kerja",
                    targetWaktu: "Januari 2025", pic: "Kasubag TU", realisasiPercent: 100, laporan: "SK ditetapkan 6 Januari",
                    status: "Selesai"),
                MonevReport.ActionRow(
                    area: "Manajemen Perubahan", indikator: "Tim kerja telah dibentuk", langkahAksi: "Menyosialisasikan SK Tim Kerja",
                    targetWaktu: "Februari 2025", pic: nil, realisasiPercent: 50, laporan: nil, status: "Terlambat"),
                MonevReport.ActionRow(
                    area: "Penguatan Pengawasan", indikator: "Gratifikasi dikendalikan",
                    langkahAksi: "Sosialisasi pengendalian gratifikasi",
                    targetWaktu: "Maret 2025", pic: "UPG", realisasiPercent: nil, laporan: nil, status: "Belum dimulai"),
            ],
            meetings: [
                MonevReport.Meeting(
                    date: CalendarDate(year: 2025, month: 3, day: 12)!, attendees: ["Kepala Balai", "Ketua Tim Kerja", "Koordinator Area"],
                    pimpinanHadir: true, notulen: "Rapat membahas capaian triwulan I.\n\nTindak lanjut:\n1. Percepat sosialisasi.",
                    findings: [
                        MonevReport.Finding(
                            text: "Sosialisasi SK terlambat", tindakLanjut: "Jadwalkan ulang sosialisasi", owner: "Ketua Tim Kerja",
                            dueDate: CalendarDate(year: 2025, month: 4, day: 15)!, status: "Belum selesai"),
                        MonevReport.Finding(
                            text: "Bukti gratifikasi belum diunggah", tindakLanjut: "Unggah daftar hadir", owner: nil,
                            dueDate: nil, status: "Selesai"),
                    ]
                ),
                MonevReport.Meeting(
                    date: CalendarDate(year: 2025, month: 3, day: 28)!, attendees: [], pimpinanHadir: false, notulen: "", findings: []),
            ],
            summary: MonevReport.Summary(actionsDue: 3, actionsDone: 1, followUpsTotal: 2, followUpsDone: 1)
        )
    }

    /// A period with nothing to report.
    static func empty() -> MonevReport {
        var report = sample()
        report.actions = []
        report.meetings = []
        report.summary = MonevReport.Summary(actionsDue: 0, actionsDone: 0, followUpsTotal: 0, followUpsDone: 0)
        return report
    }
}
