/// The words a SIMPEG/SIASN list uses for a yes/no column, compared as ``PlanText/key(_:)``
/// gives them (`Non-Aktif` ≡ `non aktif`; a workbook's `TRUE`/`FALSE` reads as `true`/`false`).
struct EmployeeFlagVocabulary: Sendable {
    /// Words meaning yes.
    let yes: Set<String>
    /// Words meaning no.
    let no: Set<String>

    /// Wajib LHKPN: `Ya`/`Tidak`, `1`/`0`, `Y`/`T`, `Wajib`/`Tidak Wajib`, `TRUE`/`FALSE`.
    static let wajibLHKPN = EmployeeFlagVocabulary(
        yes: ["ya", "y", "1", "wajib", "true"],
        no: ["tidak", "t", "0", "tidak wajib", "false"])

    /// Status: active for `Aktif`, `Ya`, `1`, `PNS`, `CPNS`, `PPPK`, `TRUE`; inactive for `Tidak Aktif`,
    /// `Nonaktif`, `Tidak`, `0`, `Pensiun`, `Meninggal`, `Diberhentikan`, `Berhenti`, `Pindah`, `FALSE`.
    static let status = EmployeeFlagVocabulary(
        yes: ["aktif", "ya", "y", "1", "pns", "cpns", "pppk", "true"],
        no: [
            "tidak aktif", "nonaktif", "non aktif", "tidak", "t", "0", "pensiun", "meninggal", "meninggal dunia",
            "diberhentikan", "berhenti", "pindah", "mutasi keluar", "false",
        ])

    /// `true` or `false` for a known word; `nil` for any other text.
    func read(_ text: String) -> Bool? {
        let key = PlanText.key(text)
        if yes.contains(key) { return true }
        if no.contains(key) { return false }
        return nil
    }
}
