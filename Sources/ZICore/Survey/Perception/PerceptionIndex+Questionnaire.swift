/// The questionnaires of the internal perception surveys.
///
/// - IPAK: the five aspects of PermenPANRB 90/2021, Lampiran I Bab II huruf B angka 1 huruf a
///   (i. diskriminasi pelayanan … v. pungutan liar), in that order, with the regulation's
///   description of each as its purpose. The questions ask how often the corrupt behaviour
///   happens, so 4 (`Tidak pernah`) is best.
/// - IPKP: the regulation lists no aspects — Lampiran I Bab II huruf B angka 2 points to the
///   policy on the SKM, and Lampiran II Bab III huruf C angka 2 huruf f to "aspek-aspek yang
///   diatur oleh kebijakan tentang evaluasi pelayanan publik". SIZI therefore uses the themes
///   of the nine SKM elements (PermenPANRB 14/2017), each asked with the SKM questionnaire's
///   own question and answers (``SKMElement``).
extension PerceptionIndex {
    /// The aspects of the questionnaire, in order; question ids are the aspect's number and a
    /// letter (`1a`, `2a`, `2b`, …).
    public var aspects: [PerceptionAspect] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return table.enumerated().map { index, aspect in
            PerceptionAspect(
                number: index + 1, name: aspect.name, purpose: aspect.purpose,
                questions: aspect.questions.enumerated().map { position, question in
                    PerceptionQuestion(id: "\(index + 1)\(letters[position])", text: question.text, answers: question.answers)
                }
            )
        }
    }

    private typealias AspectRow = (name: String, purpose: String, questions: [(text: String, answers: [String])])

    private var table: [AspectRow] {
        switch self {
        case .ipak: Self.ipakAspects
        case .ipkp:
            SKMElement.allCases.map { element in
                (
                    element.name, "Tema unsur \(element.code) Survei Kepuasan Masyarakat (PermenPANRB 14/2017).",
                    [(element.question, element.answers)]
                )
            }
        }
    }

    /// How often a corrupt behaviour happens, for the scores 1 to 4.
    private static let frequency = ["Selalu", "Sering", "Jarang", "Tidak pernah"]

    private static let ipakAspects: [AspectRow] = [
        (
            "Diskriminasi Pelayanan",
            "Unit kerja memberikan pelayanan dengan tidak membeda-bedakan karena faktor suku, agama, kekerabatan, almamater dan sejenisnya.",
            [
                (
                    "Seberapa sering petugas membeda-bedakan pelayanan karena faktor suku, agama, kekerabatan, almamater, atau sejenisnya?",
                    frequency
                )
            ]
        ),
        (
            "Kecurangan Pelayanan",
            "Tidak terjadi pemberian layanan yang tidak sesuai dengan ketentuan sehingga mengindikasikan kecurangan.",
            [
                (
                    "Seberapa sering petugas memberikan pelayanan yang tidak sesuai dengan ketentuan (persyaratan, prosedur, atau jangka waktu)?",
                    frequency
                ),
                (
                    "Seberapa sering Saudara melihat pengguna layanan dilayani lebih cepat atau lebih mudah dengan cara yang menyimpang dari ketentuan?",
                    frequency
                ),
            ]
        ),
        (
            "Menerima Imbalan dan/atau Gratifikasi",
            "Unit kerja tidak menerima, apalagi meminta, imbalan dan/atau gratifikasi di luar ketentuan yang berlaku.",
            [
                ("Seberapa sering petugas meminta imbalan berupa uang, barang, atau fasilitas di luar ketentuan yang berlaku?", frequency),
                (
                    "Seberapa sering petugas menerima pemberian berupa uang, barang, atau fasilitas dari pengguna layanan di luar ketentuan yang berlaku?",
                    frequency
                ),
            ]
        ),
        (
            "Percaloan",
            "Tidak terdapat praktik percaloan, baik oleh oknum pegawai unit layanan maupun oleh pihak luar, yang berhubungan ataupun tidak dengan oknum pegawai.",
            [
                (
                    "Seberapa sering Saudara menjumpai praktik percaloan, baik oleh oknum pegawai maupun pihak luar, dalam pelayanan di unit ini?",
                    frequency
                )
            ]
        ),
        (
            "Pungutan Liar",
            "Tidak terjadi permintaan biaya di luar ketentuan standar biaya resmi pada unit kerja.",
            [("Seberapa sering Saudara diminta membayar biaya di luar tarif resmi yang ditetapkan?", frequency)]
        ),
    ]
}
