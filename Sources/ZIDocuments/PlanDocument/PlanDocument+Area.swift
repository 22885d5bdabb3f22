extension PlanDocument {
    /// A change area of the plan with its indikator.
    public struct Area: Sendable, Equatable {
        /// The area's name (`Manajemen Perubahan`, or the unit's own).
        public var name: String
        /// The number of a standard change area (1…6); `nil` for an area the unit defined.
        public var number: Int?
        /// The indikator, in document order.
        public var indikators: [Indikator]

        public init(name: String, number: Int?, indikators: [Indikator]) {
            self.name = name
            self.number = number
            self.indikators = indikators
        }
    }

    /// What the unit wants to achieve, with the actions that get it there.
    public struct Indikator: Sendable, Equatable {
        /// The indikator as written.
        public var text: String
        /// The LKE question the indikator answers, if linked.
        public var lkeQuestionID: String?
        /// The actions, in document order.
        public var actions: [Action]

        public init(text: String, lkeQuestionID: String?, actions: [Action]) {
            self.text = text
            self.lkeQuestionID = lkeQuestionID
            self.actions = actions
        }
    }

    /// One action step (langkah aksi).
    public struct Action: Sendable, Equatable {
        /// The action as written (several lines if it has them).
        public var langkahAksi: String
        /// The pieces of evidence it produces, one item each.
        public var buktiFisik: [String]
        /// When it is due, as written (`Januari s/d Oktober 2021`).
        public var targetWaktu: String?
        /// Who is in charge.
        public var pic: String?
        /// How much of it is done, in percent (0…100).
        public var realisasiPercent: Double?

        public init(langkahAksi: String, buktiFisik: [String], targetWaktu: String?, pic: String?, realisasiPercent: Double?) {
            self.langkahAksi = langkahAksi
            self.buktiFisik = buktiFisik
            self.targetWaktu = targetWaktu
            self.pic = pic
            self.realisasiPercent = realisasiPercent
        }
    }
}
