extension RegisterLKESuggestions {
    /// A.II.5.iii.i.a from who must file an LHKPN and who has filed.
    public static func lhkpn(_ facts: LHKPNFacts) -> LKERegisterSuggestion {
        assetReport(
            penyampaianLHKPN, report: "LHKPN", register: .lhkpn,
            groups: [
                ("kepalaSatuanKerja", "kepala satuan kerja", facts.headOfUnitIDs),
                ("pejabatWajibLhkpn", "pejabat yang diwajibkan", facts.obligedOfficialIDs),
                ("lainnya", "lainnya", facts.otherIDs),
            ],
            filed: facts.filedIDs, late: facts.lateIDs)
    }

    /// A.II.5.iii.ii.a from who must file an LHKASN and who has filed.
    public static func lhkasn(_ facts: LHKASNFacts) -> LKERegisterSuggestion {
        assetReport(
            penyampaianLHKASN, report: "LHKASN", register: .lhkasn,
            groups: [
                ("pejabatAdministrator", "pejabat administrator", facts.administratorIDs),
                ("pejabatPengawas", "pejabat pengawas", facts.supervisorIDs),
                ("fungsionalDanPelaksana", "fungsional dan pelaksana", facts.functionalAndStaffIDs),
            ],
            filed: facts.filedIDs, late: facts.lateIDs)
    }

    /// The suggestion for an asset report: each person once, in the first group listing them;
    /// filings counted only from people in a group and only when on time (input `sudahMelaporkan`).
    private static func assetReport(
        _ questionID: String, report: String, register: IntegrityRegister,
        groups: [(input: String, label: String, ids: [String])], filed: [String], late: [String]
    ) -> LKERegisterSuggestion {
        var placed: [String] = []
        var seen = Set<String>()
        let members = groups.map { group in
            let ids = group.ids.filter { seen.insert($0).inserted }
            placed += ids
            return (group.input, group.label, ids)
        }
        let lateSet = Set(late)
        let filedInGroups = RecordIDs.unique(filed, within: placed)
        let counted = filedInGroups.filter { !lateSet.contains($0) }
        let lateCount = filedInGroups.count - counted.count
        let uncounted = RecordIDs.unique(filed).count - filedInGroups.count
        var basis =
            placed.isEmpty
            ? "Tidak ada pegawai yang tercatat wajib menyampaikan \(report)."
            : "\(counted.count) dari \(placed.count) pegawai yang wajib menyampaikan \(report) telah menyampaikannya tepat waktu "
                + "(\(percent(counted.count, of: placed.count))); yang wajib: "
                + members.map { "\($0.1) \($0.2.count)" }.joined(separator: ", ") + "."
        if lateCount > 0 {
            basis +=
                " \(lateCount) penyampaian \(report) lewat batas waktu (31 Maret, atau 3 bulan sejak pengangkatan/berhenti) tidak dihitung."
        }
        if uncounted > 0 { basis += " \(uncounted) penyampaian \(report) dari pegawai yang tidak tercatat wajib tidak dihitung." }
        var inputs = Dictionary(uniqueKeysWithValues: members.map { ($0.0, Double($0.2.count)) })
        inputs["sudahMelaporkan"] = Double(counted.count)
        return LKERegisterSuggestion(
            questionID: questionID, answer: .inputs(inputs), basis: basis,
            sources: members.map { RegisterReference(register: register, input: $0.0, recordIDs: $0.2) }
                + [RegisterReference(register: register, input: "sudahMelaporkan", recordIDs: counted)])
    }
}
