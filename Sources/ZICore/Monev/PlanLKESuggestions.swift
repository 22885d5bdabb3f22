/// Suggested answers to the LKE questions on the work plan and its monitoring
/// (PermenPANRB 90/2021, Manajemen Perubahan, sub-indikator ii and iii), from
/// ``PlanMonitoringFacts``:
///
/// | question | answer |
/// |---|---|
/// | A.I.1.ii.a rencana kerja | `Ya` when a plan with at least one action exists, else `Tidak` |
/// | A.I.1.iii.a kegiatan sesuai rencana | only when some action has fallen due; on schedule ÷ due: 100% → A, > 50% → B, > 0 → C, 0 → D |
/// | A.I.1.iii.b monev melibatkan pimpinan, berkala | no meeting → D; pimpinan in a meeting and a meeting in every elapsed period (at least one elapsed) → A; pimpinan in a meeting otherwise → B; meetings without pimpinan → C |
/// | A.I.1.iii.c hasil monev ditindaklanjuti | only when there are follow-ups (not cancelled); done ÷ total, bands as iii.a |
///
/// iii.b: the regulation's C reads "tidak melibatkan pimpinan dan tidak secara berkala"
/// and has no option for regular meetings without the pimpinan; SIZI suggests C for every
/// case without the pimpinan, since A and B both require the pimpinan.
public enum PlanLKESuggestions {
    /// The questions this module may suggest answers for, in framework order.
    public static let questionIDs = [rencanaKerja, kegiatanSesuaiRencana, monitoringBerkala, tindakLanjut]

    /// The suggestions the facts support, in framework order; a question without the
    /// data to judge it (nothing due, no follow-ups) gets none.
    public static func suggest(_ facts: PlanMonitoringFacts) -> [LKESuggestion] {
        [
            planSuggestion(facts),
            proportionSuggestion(
                kegiatanSesuaiRencana, done: facts.actionsOnSchedule, of: facts.actionsDue,
                counted: "langkah aksi yang jatuh tempo terlaksana sesuai jadwal"),
            monitoringSuggestion(facts),
            proportionSuggestion(
                tindakLanjut, done: facts.followUpsDone, of: facts.followUpsTotal,
                counted: "tindak lanjut hasil monev telah selesai"),
        ].compactMap { $0 }
    }

    private static let rencanaKerja = "A.I.1.ii.a"
    private static let kegiatanSesuaiRencana = "A.I.1.iii.a"
    private static let monitoringBerkala = "A.I.1.iii.b"
    private static let tindakLanjut = "A.I.1.iii.c"

    private static func planSuggestion(_ facts: PlanMonitoringFacts) -> LKESuggestion {
        let codes = LKEAnswerType.yaTidak.optionCodes
        return facts.hasPlan
            ? LKESuggestion(
                questionID: rencanaKerja, answer: codes[0],
                basis: "Ada rencana kerja pembangunan Zona Integritas dengan sedikitnya satu langkah aksi.")
            : LKESuggestion(
                questionID: rencanaKerja, answer: codes[1],
                basis: "Belum ada rencana kerja pembangunan Zona Integritas yang memuat langkah aksi.")
    }

    /// `done` of `total` in the bands of ``ProportionBand``; `nil` when `total` is 0.
    private static func proportionSuggestion(_ questionID: String, done: Int, of total: Int, counted: String) -> LKESuggestion? {
        guard total > 0 else { return nil }
        let band = ProportionBand(done: done, of: total)
        return LKESuggestion(
            questionID: questionID, answer: band.optionCode,
            basis: "\(done) dari \(total) \(counted) (\(PercentText.share(done, of: total))), yaitu \(band.phrase).")
    }

    private static func monitoringSuggestion(_ facts: PlanMonitoringFacts) -> LKESuggestion {
        let codes = LKEAnswerType.abcd.optionCodes
        guard facts.meetingsHeld > 0 else {
            return LKESuggestion(
                questionID: monitoringBerkala, answer: codes[3],
                basis: "Belum ada rapat monitoring dan evaluasi yang tercatat.")
        }
        let withPimpinan = facts.meetingsWithPimpinan > 0
        let isRegular = facts.elapsedPeriods > 0 && facts.periodsWithMeeting >= facts.elapsedPeriods
        let (rank, verdict) =
            switch (withPimpinan, isRegular) {
            case (true, true): (0, "melibatkan pimpinan dan berkala")
            case (true, false): (1, "melibatkan pimpinan tetapi belum berkala")
            case (false, _): (2, "tidak melibatkan pimpinan")
            }
        let meetings =
            withPimpinan
            ? "\(facts.meetingsHeld) rapat monev diadakan, \(facts.meetingsWithPimpinan) di antaranya melibatkan pimpinan"
            : "\(facts.meetingsHeld) rapat monev diadakan, tidak satu pun melibatkan pimpinan"
        let periods =
            facts.elapsedPeriods > 0
            ? "ada rapat pada \(facts.periodsWithMeeting) dari \(facts.elapsedPeriods) periode pemantauan yang telah berakhir"
            : "belum ada periode pemantauan yang berakhir"
        return LKESuggestion(questionID: monitoringBerkala, answer: codes[rank], basis: "\(meetings); \(periods), yaitu \(verdict).")
    }
}
