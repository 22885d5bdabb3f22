import ZICore
@testable import ZIDocuments

/// Complaint register rows and evaluations for the tests.
enum ComplaintFixtures {
    private static func day(_ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: 2026, month: month, day: day)!
    }

    /// Three complaints: one finished on time, one in process past its deadline whose title
    /// looks like a formula, one rejected without a category.
    static func rows() -> [ComplaintExportRow] {
        [
            ComplaintExportRow(
                trackingNumber: "2026/000001", receivedOn: day(7, 1), channel: .web, kind: .pengaduan, category: "Layanan Pengujian",
                title: "Hasil uji terlambat", status: .selesai, verifiedOn: day(7, 2), finishedOn: day(7, 8), workingDaysToFinish: 5,
                isLate: false),
            ComplaintExportRow(
                trackingNumber: "2026/000002", receivedOn: day(7, 15), channel: .lapor, kind: .aspirasi, category: "Layanan Informasi",
                title: "=HYPERLINK(\"http://contoh\")", status: .diproses, verifiedOn: day(7, 16), finishedOn: nil,
                workingDaysToFinish: nil, isLate: true),
            ComplaintExportRow(
                trackingNumber: "2026/000003", receivedOn: day(8, 3), channel: .whatsapp, kind: .permintaanInformasi, category: nil,
                title: "Jadwal layanan", status: .ditolak, verifiedOn: nil, finishedOn: nil, workingDaysToFinish: nil, isLate: false),
        ]
    }

    /// Triwulan III 2026: 12 received (web 5, WhatsApp 4, SP4N-LAPOR! 3), 6 finished (5 on
    /// time), 2 open past their deadline; LKE 9 to follow up, 2 in process, 6 finished.
    static func evaluation() -> ComplaintEvaluation {
        ComplaintEvaluation(
            unitName: "Balai Contoh", periodLabel: "Triwulan III 2026", periodStart: day(7, 1), periodEnd: day(9, 30),
            generatedOn: day(10, 5),
            received: 12, byChannel: [.web: 5, .whatsapp: 4, .lapor: 3], byKind: [.pengaduan: 8, .aspirasi: 3, .permintaanInformasi: 1],
            byService: [LabelledCount("Layanan Pengujian", 7), LabelledCount("Layanan Informasi", 3), LabelledCount("Tanpa kategori", 2)],
            byStatus: [.selesai: 6, .diproses: 2, .diterima: 1, .ditolak: 2, .dialihkan: 1],
            timeliness: ComplaintEvaluation.Timeliness(
                finishedOnTime: 5, finishedLate: 1, averageWorkingDays: 4.5, maximumWorkingDays: 9, overdueOpen: 2,
                verifiedOnTime: 8, verifiedLate: 2),
            lke: ComplaintEvaluation.LKEInputs(toFollowUp: 9, inProcess: 2, finished: 6)
        )
    }

    /// A period in which nothing was received, while one older complaint is still overdue.
    static func emptyEvaluation() -> ComplaintEvaluation {
        var evaluation = evaluation()
        evaluation.received = 0
        evaluation.byChannel = [:]
        evaluation.byKind = [:]
        evaluation.byService = []
        evaluation.byStatus = [:]
        evaluation.timeliness = ComplaintEvaluation.Timeliness(
            finishedOnTime: 0, finishedLate: 0, averageWorkingDays: nil, maximumWorkingDays: nil, overdueOpen: 1)
        evaluation.lke = ComplaintEvaluation.LKEInputs(toFollowUp: 0, inProcess: 0, finished: 0)
        return evaluation
    }
}
