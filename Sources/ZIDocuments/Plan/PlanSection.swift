/// A heading for a part of the LKE above the change areas: the komponen `Pengungkit` and
/// `Hasil`, the kriteria `Pemenuhan` and `Reform` (PermenPANRB 90/2021).
enum PlanSection: String {
    case pengungkit
    case pemenuhan
    case reform
    case hasil

    /// The section `text` names: one of the four words, optionally after `Komponen` or `Kriteria`.
    init?(_ text: String) {
        var words = PlanText.words(text)
        if ["komponen", "kriteria"].contains(words.first) { words.removeFirst() }
        guard words.count == 1, let section = PlanSection(rawValue: words[0]) else { return nil }
        self = section
    }

    /// Whether headings below it may name one of the six change areas: the results (`Hasil`)
    /// have none.
    var hasChangeAreas: Bool {
        self != .hasil
    }
}
