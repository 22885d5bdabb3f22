extension RegisterLKESuggestions {
    /// A.II.3.iii.a from the disciplinary violations of the year and the year before. The basis
    /// states the decrease (or that there is none) and how many of the year's violations were
    /// sanctioned; the framework's formula and its rule for 0 ÷ 0 give the percentage.
    public static func discipline(_ facts: DisciplineFacts) -> LKERegisterSuggestion {
        let previous = RecordIDs.unique(facts.previousYearViolationIDs)
        let current = RecordIDs.unique(facts.violationIDs)
        let sanctioned = RecordIDs.unique(facts.sanctionedViolationIDs, within: current)
        let (lastYear, year) = (facts.year - 1, facts.year)
        var basis: String
        if previous.isEmpty && current.isEmpty {
            basis = "Tidak ada pelanggaran disiplin pegawai pada tahun \(lastYear) maupun tahun \(year)."
        } else if current.count < previous.count {
            basis =
                "Pelanggaran disiplin pegawai turun dari \(previous.count) pada tahun \(lastYear) menjadi \(current.count) pada tahun \(year) "
                + "(penurunan \(PercentText.share(previous.count - current.count, of: previous.count)))."
        } else if current.count == previous.count {
            basis =
                "Pelanggaran disiplin pegawai tidak turun: \(previous.count) pada tahun \(lastYear) dan \(current.count) pada tahun \(year)."
        } else {
            basis =
                "Pelanggaran disiplin pegawai naik dari \(previous.count) pada tahun \(lastYear) menjadi \(current.count) pada tahun \(year)."
        }
        if !current.isEmpty {
            basis += " \(sanctioned.count) dari \(current.count) pelanggaran tahun \(year) telah diberi sanksi/hukuman."
        }
        return LKERegisterSuggestion(
            questionID: penurunanPelanggaran,
            answer: .inputs([
                "pelanggaranTahunSebelumnya": Double(previous.count), "pelanggaranTahunIni": Double(current.count),
                "pelanggaranDisanksi": Double(sanctioned.count),
            ]),
            basis: basis,
            sources: [
                RegisterReference(register: .pelanggaranDisiplin, input: "pelanggaranTahunSebelumnya", recordIDs: previous),
                RegisterReference(register: .pelanggaranDisiplin, input: "pelanggaranTahunIni", recordIDs: current),
                RegisterReference(register: .pelanggaranDisiplin, input: "pelanggaranDisanksi", recordIDs: sanctioned),
            ])
    }
}
