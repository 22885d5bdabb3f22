/// The regulations a plan cites as its dasar hukum, and the terms it defines, taken from the
/// texts in `shared/reference` (PermenPANRB 52/2014, 90/2021 and 5/2024) and the seed plans.
///
/// Which regulations apply depends on the plan year: PermenPANRB 52/2014 (amended by 10/2019)
/// until 2021, PermenPANRB 90/2021 (set 31 December 2021) from 2022, amended by PermenPANRB
/// 5/2024 (set 15 July 2024), cited from 2025, the first plan year to start after it. The Grand
/// Design 2010–2025 and the Road Map 2020–2024 are cited for the years they cover; their
/// successors are not in the references, so they are left for the unit to add.
enum PlanLegalBasis {
    /// The dasar hukum of a plan for `year`, oldest first.
    static func regulations(year: Int) -> [String] {
        var regulations = [
            "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggara Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme;",
            "Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi;",
            // PermenPANRB 52/2014 cites this law as "Komisi Tindak Pidana Korupsi", dropping a word of its title.
            "Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Tindak Pidana Korupsi;",
        ]
        if year <= 2025 {
            regulations.append("Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025;")
        }
        if year >= 2018 {
            regulations.append("Peraturan Presiden Nomor 54 Tahun 2018 tentang Strategi Nasional Pencegahan Korupsi;")
        }
        if year <= 2021 {
            let amendment = year >= 2019 ? " sebagaimana telah diubah dengan Peraturan \(minister) Nomor 10 Tahun 2019" : ""
            regulations.append("Peraturan \(minister) Nomor 52 Tahun 2014 tentang \(guideline2014)\(amendment);")
        }
        if (2020...2024).contains(year) {
            regulations.append("Peraturan \(minister) Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024;")
        }
        if year >= 2022 {
            let amendment = year >= 2025 ? " sebagaimana telah diubah dengan Peraturan \(minister) Nomor 5 Tahun 2024" : ""
            regulations.append("Peraturan \(minister) Nomor 90 Tahun 2021 tentang \(guideline2021)\(amendment);")
        }
        // Every entry ends with ";" but the last, which ends the list.
        regulations[regulations.count - 1] = String(regulations[regulations.count - 1].dropLast()) + "."
        return regulations
    }

    private static let minister = "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
    private static let guideline2014 =
        "Pedoman Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Instansi Pemerintah"
    private static let guideline2021 =
        "Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah"

    /// The Pengertian Umum: the definitions of PermenPANRB 90/2021 Pasal 1, and the plan's own
    /// terms (Tim Kerja, Agen Perubahan, LKE).
    static let terms: [PlanNarrative.Term] = [
        PlanNarrative.Term(
            term: "Zona Integritas (ZI)",
            definition:
                "instansi pemerintah yang pimpinan dan jajarannya telah berkomitmen untuk mewujudkan Wilayah Bebas dari Korupsi/Wilayah Birokrasi Bersih dan Melayani melalui reformasi birokrasi, khususnya dalam hal mewujudkan pemerintahan yang bersih dan akuntabel serta pelayanan publik yang prima;"
        ),
        PlanNarrative.Term(
            term: "Wilayah Bebas dari Korupsi (WBK)",
            definition:
                "predikat yang diberikan kepada suatu unit kerja/satuan kerja yang telah berhasil melaksanakan reformasi birokrasi dengan baik, yang telah memenuhi sebagian besar kriteria proses perbaikan pada komponen pengungkit serta mewujudkan pemerintahan yang bersih dan akuntabel serta pelayanan publik yang prima;"
        ),
        PlanNarrative.Term(
            term: "Wilayah Birokrasi Bersih dan Melayani (WBBM)",
            definition:
                "predikat yang diberikan kepada suatu unit kerja/satuan kerja yang telah berhasil melaksanakan reformasi birokrasi dengan sangat baik, dengan telah memenuhi sebagian besar kriteria proses perbaikan pada komponen pengungkit untuk mewujudkan pemerintahan yang bersih dan akuntabel serta pelayanan publik yang prima;"
        ),
        PlanNarrative.Term(term: "Instansi Pemerintah", definition: "instansi pusat dan instansi daerah;"),
        PlanNarrative.Term(
            term: "Tim Kerja Pembangunan Zona Integritas",
            definition:
                "tim yang ditetapkan oleh pimpinan unit kerja untuk menyusun, melaksanakan, dan memantau rencana kerja pembangunan Zona Integritas pada setiap area perubahan;"
        ),
        PlanNarrative.Term(
            term: "Agen Perubahan",
            definition:
                "pegawai yang ditetapkan untuk menjadi pelopor dan teladan perubahan pola pikir dan budaya kerja di lingkungan unit kerja;"
        ),
        PlanNarrative.Term(
            term: "Tim Penilai Internal (TPI)",
            definition:
                "tim yang dibentuk oleh pimpinan instansi pemerintah untuk melakukan evaluasi/penilaian dan memberikan rekomendasi terhadap unit kerja/satuan kerja yang sedang membangun Zona Integritas;"
        ),
        PlanNarrative.Term(
            term: "Tim Penilai Nasional (TPN)",
            definition:
                "tim yang dibentuk untuk melakukan evaluasi pembangunan Zona Integritas di unit kerja/satuan kerja yang diusulkan oleh instansi pemerintah, yang terdiri dari unsur kementerian yang menyelenggarakan urusan pemerintahan di bidang pendayagunaan aparatur negara serta unsur dari instansi pemerintah lain yang mempunyai tugas dan fungsi dalam evaluasi pembangunan Zona Integritas;"
        ),
        PlanNarrative.Term(
            term: "Lembar Kerja Evaluasi (LKE)",
            definition:
                "instrumen penilaian pembangunan Zona Integritas yang memuat komponen pengungkit dan komponen hasil beserta indikator dan bobotnya."
        ),
    ]
}
