import ZICore

/// The breakdowns and labelled counts of a ``ComplaintEvaluation``, the same in its DOCX and XLSX.
extension ComplaintEvaluation {
    /// The received complaints by channel, kind, service and status, each with its title;
    /// channels, kinds and statuses all listed, in their declared order and by `names`.
    func breakdowns(_ names: LabelNames) -> [(title: String, counts: [LabelledCount])] {
        [
            ("Kanal", ComplaintChannel.allCases.map { LabelledCount(names($0), byChannel[$0] ?? 0) }),
            ("Jenis", ComplaintKind.allCases.map { LabelledCount(names($0), byKind[$0] ?? 0) }),
            ("Layanan", byService),
            ("Status", ComplaintStatus.allCases.map { LabelledCount(names($0), byStatus[$0] ?? 0) }),
        ]
    }

    /// The LKE inputs with the regulation's labels.
    var lkeCounts: [LabelledCount] {
        [
            LabelledCount("Jumlah pengaduan masyarakat yang harus ditindaklanjuti", lke.toFollowUp),
            LabelledCount("Jumlah pengaduan masyarakat yang sedang diproses", lke.inProcess),
            LabelledCount("Jumlah pengaduan masyarakat yang selesai ditindaklanjuti", lke.finished),
        ]
    }

    /// The period with its first and last day: `Triwulan III 2026 (1 Juli 2026 s.d. 30 September 2026)`.
    var periodText: String {
        PeriodText.withDates(periodLabel, from: periodStart, to: periodEnd)
    }

    /// The labels of the timeliness rows.
    enum TimelinessLabel {
        static let verifiedOnTime = "Diverifikasi dan diteruskan tepat waktu"
        static let verifiedLate = "Diverifikasi dan diteruskan terlambat"
        static let onTime = "Selesai tepat waktu"
        static let late = "Selesai terlambat"
        static let average = "Rata-rata waktu penyelesaian (hari kerja)"
        static let maximum = "Waktu penyelesaian terlama (hari kerja)"
        static let overdue = "Belum selesai dan melewati batas waktu"
    }
}
