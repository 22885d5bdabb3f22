extension RegisterLKESuggestions {
    /// A.II.5.ii.a from the complaints and their status (see ``ComplaintHandlingFacts`` for
    /// which count as to follow up, in process and finished). Rejected and forwarded
    /// complaints are left out, and the basis says how many.
    public static func complaints(_ facts: ComplaintHandlingFacts) -> LKERegisterSuggestion {
        var seen = Set<String>()
        let complaints = facts.complaints.filter { seen.insert($0.id).inserted }
        let excluded: Set<ComplaintStatus> = [.ditolak, .dialihkan]
        let toFollowUp = complaints.filter { !excluded.contains($0.status) }
        let inProcess = toFollowUp.filter(\.status.isOpen).map(\.id)
        let finished = toFollowUp.filter { $0.status == .selesai }.map(\.id)
        var basis =
            toFollowUp.isEmpty
            ? "Tidak ada pengaduan masyarakat yang harus ditindaklanjuti."
            : "Dari \(toFollowUp.count) pengaduan masyarakat yang harus ditindaklanjuti, \(finished.count) selesai ditindaklanjuti "
                + "(\(percent(finished.count, of: toFollowUp.count))) dan \(inProcess.count) sedang diproses."
        let left = complaints.count - toFollowUp.count
        if left > 0 { basis += " \(left) pengaduan yang ditolak atau dialihkan tidak dihitung." }
        return LKERegisterSuggestion(
            questionID: penangananPengaduan,
            answer: .inputs([
                "pengaduanHarusDitindaklanjuti": Double(toFollowUp.count), "pengaduanSedangDiproses": Double(inProcess.count),
                "pengaduanSelesai": Double(finished.count),
            ]),
            basis: basis,
            sources: [
                RegisterReference(register: .pengaduan, input: "pengaduanHarusDitindaklanjuti", recordIDs: toFollowUp.map(\.id)),
                RegisterReference(register: .pengaduan, input: "pengaduanSedangDiproses", recordIDs: inProcess),
                RegisterReference(register: .pengaduan, input: "pengaduanSelesai", recordIDs: finished),
            ])
    }
}
