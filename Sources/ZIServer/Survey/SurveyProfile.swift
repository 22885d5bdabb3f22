/// The respondent profile choices of the questionnaire (PermenPANRB 14/2017's sample form).
/// The stored values are these Indonesian words; sexes and occupations are shown by their names
/// (`label.survey_sex.<value>`, `label.survey_occupation.<value>`), ages and schooling as they are.
enum SurveyProfile {
    static let ageGroups = ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"]
    static let sexes = ["Laki-laki", "Perempuan"]
    static let educations = ["SD", "SMP", "SMA", "D1–D3", "D4/S1", "S2", "S3"]
    static let occupations = ["PNS/ASN", "TNI/Polri", "Pegawai swasta", "Wirausaha", "Pelajar/mahasiswa", "Lainnya"]

    /// The fields whose choices are shown by name, and their key groups.
    static let namedFields = ["sex": "survey_sex", "occupation": "survey_occupation"]
}
