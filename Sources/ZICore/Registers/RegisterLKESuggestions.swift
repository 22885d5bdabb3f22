/// Suggested answers to the LKE questions (PermenPANRB 90/2021) that the unit's registers
/// answer, each with its basis in Indonesian and the register rows it was counted from
/// (``LKERegisterSuggestion``). Rows are counted by id, each once; a part (changes integrated,
/// violations sanctioned, LHKPN filed, …) only inside its whole.
///
/// | question | facts | answer |
/// |---|---|---|
/// | A.I.1.iv.b agen perubahan ditetapkan (A/B/C) | ``AgentOfChangeFacts`` | no agent → C; agents without a change in the year → B; agents and at least one change → A |
/// | A.II.1.i.a perubahan konkret | ``AgentOfChangeFacts`` | `agenPerubahan`, `perubahanDibuat` |
/// | A.II.1.i.b perubahan terintegrasi | ``AgentOfChangeFacts`` | `perubahanDibuat`, `perubahanTerintegrasi` |
/// | A.II.3.iii.a penurunan pelanggaran disiplin | ``DisciplineFacts`` | `pelanggaranTahunSebelumnya`, `pelanggaranTahunIni`, `pelanggaranDisanksi` |
/// | A.II.5.ii.a penanganan pengaduan | ``ComplaintHandlingFacts`` | `pengaduanHarusDitindaklanjuti`, `pengaduanSedangDiproses`, `pengaduanSelesai` |
/// | A.II.5.iii.i.a penyampaian LHKPN | ``LHKPNFacts`` | `kepalaSatuanKerja`, `pejabatWajibLhkpn`, `lainnya`, `sudahMelaporkan` |
/// | A.II.5.iii.ii.a penyampaian LHKASN | ``LHKASNFacts`` | `pejabatAdministrator`, `pejabatPengawas`, `fungsionalDanPelaksana`, `sudahMelaporkan` |
/// | A.II.6.i.b pelayanan dipermudah | ``ServiceSimplificationFacts`` | `layananTerdata`, `layananDipermudah` |
///
/// Agents of change: "berkontribusi terhadap perubahan" (A.I.1.iv.b, option A) is read as having
/// made at least one concrete change in the year. Changes recorded while no agent is appointed
/// are not counted (the regulation's formula would otherwise read x ÷ 0 as 100 %); the basis
/// says so. The percentages themselves are left to the framework's formulas and the scorer.
public enum RegisterLKESuggestions {
    /// The questions suggested from registers, in framework order.
    public static let questionIDs = [
        agenDitetapkan, perubahanKonkret, perubahanTerintegrasi, penurunanPelanggaran,
        penangananPengaduan, penyampaianLHKPN, penyampaianLHKASN, pelayananDipermudah,
    ]

    static let agenDitetapkan = "A.I.1.iv.b"
    static let perubahanKonkret = "A.II.1.i.a"
    static let perubahanTerintegrasi = "A.II.1.i.b"
    static let penurunanPelanggaran = "A.II.3.iii.a"
    static let penangananPengaduan = "A.II.5.ii.a"
    static let penyampaianLHKPN = "A.II.5.iii.i.a"
    static let penyampaianLHKASN = "A.II.5.iii.ii.a"
    static let pelayananDipermudah = "A.II.6.i.b"

    /// A.I.1.iv.b, A.II.1.i.a and A.II.1.i.b from the agents of change and their changes.
    public static func agentsOfChange(_ facts: AgentOfChangeFacts) -> [LKERegisterSuggestion] {
        let agents = RecordIDs.unique(facts.agentIDs)
        let recorded = RecordIDs.unique(facts.changeIDs)
        let changes = agents.isEmpty ? [] : recorded
        let integrated = RecordIDs.unique(facts.integratedChangeIDs, within: changes)
        let year = facts.year
        let uncounted =
            agents.isEmpty && !recorded.isEmpty
            ? " \(recorded.count) perubahan yang tercatat tidak dihitung karena belum ada agen perubahan yang ditetapkan." : ""

        let codes = LKEAnswerType.abc.optionCodes
        let (option, verdict) =
            agents.isEmpty
            ? (codes[2], "Belum ada agen perubahan yang ditetapkan.")
            : changes.isEmpty
                ? (codes[1], "\(agents.count) agen perubahan telah ditetapkan, tetapi belum membuat perubahan pada tahun \(year).")
                : (codes[0], "\(agents.count) agen perubahan telah ditetapkan dan membuat \(changes.count) perubahan pada tahun \(year).")
        let appointed = LKERegisterSuggestion(
            questionID: agenDitetapkan, answer: .option(option), basis: verdict + uncounted,
            sources: [
                RegisterReference(register: .agenPerubahan, input: nil, recordIDs: agents),
                RegisterReference(register: .perubahan, input: nil, recordIDs: changes),
            ])

        let made = LKERegisterSuggestion(
            questionID: perubahanKonkret,
            answer: .inputs(["agenPerubahan": Double(agents.count), "perubahanDibuat": Double(changes.count)]),
            basis: (agents.isEmpty
                ? "Belum ada agen perubahan yang ditetapkan."
                : "\(agents.count) agen perubahan membuat \(changes.count) perubahan konkret pada tahun \(year) (\(percent(changes.count, of: agents.count))).")
                + uncounted,
            sources: [
                RegisterReference(register: .agenPerubahan, input: "agenPerubahan", recordIDs: agents),
                RegisterReference(register: .perubahan, input: "perubahanDibuat", recordIDs: changes),
            ])

        let integratedSuggestion = LKERegisterSuggestion(
            questionID: perubahanTerintegrasi,
            answer: .inputs(["perubahanDibuat": Double(changes.count), "perubahanTerintegrasi": Double(integrated.count)]),
            basis: changes.isEmpty
                ? "Belum ada perubahan yang dibuat agen perubahan pada tahun \(year)."
                : "\(integrated.count) dari \(changes.count) perubahan yang dibuat agen perubahan pada tahun \(year) telah diintegrasikan "
                    + "dalam sistem manajemen (\(percent(integrated.count, of: changes.count))).",
            sources: [
                RegisterReference(register: .perubahan, input: "perubahanDibuat", recordIDs: changes),
                RegisterReference(register: .perubahan, input: "perubahanTerintegrasi", recordIDs: integrated),
            ])
        return [appointed, made, integratedSuggestion]
    }

    /// `part` of `whole` (> 0) as the basis writes it: `75%`; above the whole, `150%, dihitung 100%`
    /// as the scorer clamps it.
    static func percent(_ part: Int, of whole: Int) -> String {
        let share = PercentText.share(part, of: whole)
        return part > whole ? "\(share), dihitung 100%" : share
    }
}
