/// How much of a whole is done, in the bands of the LKE options "semua / sebagian besar /
/// sebagian kecil / belum ada": all → A; more than half → B; some, up to half → C; none → D.
enum ProportionBand: Int {
    case semua, sebagianBesar, sebagianKecil, belumAda

    /// The band of `done` out of `total` (> 0); `done ≥ total` counts as all.
    init(done: Int, of total: Int) {
        if done >= total {
            self = .semua
        } else if done <= 0 {
            self = .belumAda
        } else {
            self = 2 * done > total ? .sebagianBesar : .sebagianKecil
        }
    }

    /// The option code of an `A/B/C/D` question: `A` for all … `D` for none.
    var optionCode: String { LKEAnswerType.abcd.optionCodes[rawValue] }

    /// The band in words, with its threshold.
    var phrase: String {
        switch self {
        case .semua: "semua"
        case .sebagianBesar: "sebagian besar (lebih dari 50%)"
        case .sebagianKecil: "sebagian kecil (50% atau kurang)"
        case .belumAda: "belum ada"
        }
    }
}
