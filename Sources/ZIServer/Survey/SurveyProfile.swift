/// The respondent profile choices of the questionnaire (PermenPANRB 14/2017's sample form).
enum SurveyProfile {
    static let ageGroups = ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"]
    static let sexes = ["Laki-laki", "Perempuan"]
    static let educations = ["SD", "SMP", "SMA", "D1–D3", "D4/S1", "S2", "S3"]
    static let occupations = ["PNS/ASN", "TNI/Polri", "Pegawai swasta", "Wirausaha", "Pelajar/mahasiswa", "Lainnya"]
}
