/// The texts of ``PlanDocumentBenchmark``: indikator of the six change areas as real plans
/// word them, the steps of an action, and the people.
enum PlanDocumentBenchmarkTexts {
    /// An indikator and the subject its actions deal with (`{}` in a step).
    struct Indikator {
        let text: String
        let subject: String
    }

    /// An action step with its three pieces of evidence; `{}` stands for the subject.
    struct Step {
        let action: String
        let evidence: [String]
    }

    static let areas: [(name: String, indikators: [Indikator])] = [
        (
            "Manajemen Perubahan",
            [
                Indikator(
                    text: "Tim kerja pembangunan Zona Integritas telah dibentuk melalui prosedur yang jelas",
                    subject: "Surat Keputusan Tim Kerja Zona Integritas"),
                Indikator(
                    text: "Dokumen rencana kerja pembangunan Zona Integritas telah disusun dan memuat target prioritas",
                    subject: "dokumen rencana kerja pembangunan Zona Integritas"),
                Indikator(
                    text: "Monitoring dan evaluasi pembangunan Zona Integritas dilaksanakan secara berkala",
                    subject: "rapat monitoring dan evaluasi triwulanan"),
                Indikator(
                    text: "Pimpinan berperan sebagai role model dalam pelaksanaan pembangunan Zona Integritas",
                    subject: "kegiatan keteladanan pimpinan"),
                Indikator(
                    text: "Agen perubahan telah ditetapkan dan membuat perubahan yang konkret", subject: "rencana kerja agen perubahan"),
            ]
        ),
        (
            "Penataan Tatalaksana",
            [
                Indikator(
                    text: "SOP mengacu pada peta proses bisnis dan telah diterapkan", subject: "Standar Operasional Prosedur layanan utama"),
                Indikator(text: "SOP telah dievaluasi dan disempurnakan secara berkala", subject: "evaluasi Standar Operasional Prosedur"),
                Indikator(
                    text: "Sistem pengukuran kinerja unit sudah menggunakan teknologi informasi",
                    subject: "aplikasi pemantauan kinerja unit"),
                Indikator(
                    text: "Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi", subject: "sistem informasi kepegawaian"),
                Indikator(
                    text: "Kebijakan keterbukaan informasi publik telah diterapkan dan dievaluasi",
                    subject: "layanan Pejabat Pengelola Informasi dan Dokumentasi"),
            ]
        ),
        (
            "Penataan Sistem Manajemen SDM Aparatur",
            [
                Indikator(
                    text: "Kebutuhan pegawai disusun berdasarkan peta jabatan dan analisis beban kerja",
                    subject: "rencana kebutuhan pegawai"),
                Indikator(text: "Pola mutasi internal telah ditetapkan dan dilaksanakan", subject: "kebijakan pola mutasi internal"),
                Indikator(
                    text: "Pengembangan kompetensi pegawai dilakukan berdasarkan analisis kesenjangan kompetensi",
                    subject: "rencana pengembangan kompetensi pegawai"),
                Indikator(text: "Target kinerja individu dikaitkan dengan kinerja organisasi", subject: "Sasaran Kinerja Pegawai"),
                Indikator(
                    text: "Aturan disiplin, kode etik, dan kode perilaku pegawai ditegakkan",
                    subject: "penegakan kode etik dan kode perilaku pegawai"),
            ]
        ),
        (
            "Penguatan Akuntabilitas Kinerja",
            [
                Indikator(
                    text: "Pimpinan terlibat langsung dalam penyusunan perencanaan dan perjanjian kinerja",
                    subject: "Perjanjian Kinerja unit kerja"),
                Indikator(
                    text: "Dokumen perencanaan kinerja telah berorientasi hasil", subject: "Rencana Strategis dan Rencana Kinerja Tahunan"),
                Indikator(
                    text: "Indikator kinerja utama telah ditetapkan dan dipantau secara berkala", subject: "capaian Indikator Kinerja Utama"
                ),
                Indikator(
                    text: "Laporan kinerja disusun tepat waktu dan dimanfaatkan untuk perbaikan",
                    subject: "Laporan Kinerja Instansi Pemerintah"),
                Indikator(
                    text: "Kapasitas SDM pengelola akuntabilitas kinerja ditingkatkan", subject: "bimbingan teknis akuntabilitas kinerja"),
            ]
        ),
        (
            "Penguatan Pengawasan",
            [
                Indikator(
                    text: "Pengendalian gratifikasi telah diinternalisasikan kepada seluruh pegawai", subject: "pengendalian gratifikasi"),
                Indikator(
                    text: "Sistem Pengendalian Intern Pemerintah telah dibangun dan diterapkan",
                    subject: "penilaian risiko dan kegiatan pengendalian"),
                Indikator(text: "Pengaduan masyarakat ditangani dan ditindaklanjuti", subject: "penanganan pengaduan masyarakat"),
                Indikator(text: "Whistle-blowing system telah diterapkan dan dievaluasi", subject: "Whistle-Blowing System"),
                Indikator(text: "Benturan kepentingan telah diidentifikasi dan ditangani", subject: "penanganan benturan kepentingan"),
            ]
        ),
        (
            "Peningkatan Kualitas Pelayanan Publik",
            [
                Indikator(
                    text: "Standar pelayanan telah ditetapkan, dipublikasikan, dan dievaluasi",
                    subject: "standar pelayanan dan maklumat pelayanan"),
                Indikator(
                    text: "Budaya pelayanan prima telah dibangun melalui sosialisasi dan pelatihan", subject: "budaya pelayanan prima"),
                Indikator(text: "Pengelolaan pengaduan layanan dilakukan secara terpadu", subject: "pengelolaan pengaduan layanan"),
                Indikator(
                    text: "Survei kepuasan masyarakat dilaksanakan secara berkala dan hasilnya dipublikasikan",
                    subject: "Survei Kepuasan Masyarakat"),
                Indikator(
                    text: "Pelayanan telah memanfaatkan teknologi informasi dan inovasi",
                    subject: "inovasi layanan berbasis teknologi informasi"),
            ]
        ),
    ]

    static let steps = [
        Step(
            action: "Menyusun rancangan {} bersama tim kerja area terkait",
            evidence: ["Undangan dan daftar hadir rapat penyusunan", "Notulen rapat penyusunan", "Rancangan {}"]),
        Step(
            action: "Menetapkan {} melalui keputusan pimpinan",
            evidence: ["Surat Keputusan penetapan {}", "Nota dinas pengajuan penetapan", "Dokumentasi penandatanganan"]),
        Step(
            action: "Menyosialisasikan {} kepada seluruh pegawai dan pemangku kepentingan",
            evidence: ["Undangan dan daftar hadir sosialisasi", "Materi sosialisasi", "Publikasi pada laman dan media sosial"]),
        Step(
            action: "Melaksanakan {} sesuai jadwal yang telah ditetapkan",
            evidence: ["Laporan pelaksanaan {}", "Dokumentasi kegiatan", "Rekapitulasi data pendukung"]),
        Step(
            action: "Melakukan monitoring dan evaluasi atas {} serta menindaklanjuti hasilnya",
            evidence: ["Laporan monitoring dan evaluasi {}", "Notulen rapat evaluasi", "Bukti pelaksanaan tindak lanjut"]),
    ]

    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    static let pics = [
        "Koordinator Area Manajemen Perubahan", "Kepala Subbagian Tata Usaha", "Ketua Tim Kerja Pelayanan",
        "Pengelola Kepegawaian", "Pengelola Keuangan", "Tim Pengendalian Gratifikasi", "Pranata Humas",
    ]

    static let timKerjaRoles = [
        "Penanggung Jawab", "Ketua", "Sekretaris", "Koordinator Area Manajemen Perubahan", "Koordinator Area Penataan Tatalaksana",
        "Koordinator Area Penataan Sistem Manajemen SDM Aparatur", "Koordinator Area Penguatan Akuntabilitas Kinerja",
        "Koordinator Area Penguatan Pengawasan", "Koordinator Area Peningkatan Kualitas Pelayanan Publik", "Anggota", "Anggota", "Anggota",
    ]

    private static let names = [
        "Dr. Ir. Suryani Pratiwi, M.Si.", "Ahmad Fauzi, S.E., M.M.", "Rina Kartika, S.Kom.", "Budi Santoso, S.P., M.Si.",
        "Dewi Lestari, S.H.", "Hendra Wijaya, S.T.", "Siti Nurhaliza, S.Sos.", "Eko Prasetyo, S.Pt., M.Sc.",
        "Lina Marlina, A.Md.", "Agus Salim, S.I.P.", "Yuliana Putri, S.Ak.", "Rudi Hartono, S.Kom., M.T.",
    ]

    /// Members with the given roles, named from a fixed list, each with an 18-digit NIP.
    static func team(roles: [String]) -> [PlanDocument.Member] {
        roles.enumerated().map { index, role in
            // Born on the 15th, appointed in March, then sex and a three-digit sequence number.
            let nip = "\(1970 + index % 20)0\(1 + index % 9)15\(1995 + index % 10)03\(index % 2 + 1)" + String(1001 + index).dropFirst()
            return PlanDocument.Member(name: names[index % names.count], nip: nip, role: role)
        }
    }

    static let targetPrioritas = [
        "Penguatan komitmen seluruh pegawai dalam pembangunan Zona Integritas",
        "Penyusunan dan evaluasi SOP layanan utama berbasis peta proses bisnis",
        "Digitalisasi layanan dan tata kelola administrasi perkantoran",
        "Pengembangan kompetensi pegawai berbasis analisis kesenjangan kompetensi",
        "Peningkatan kualitas perencanaan dan pelaporan kinerja",
        "Penguatan pengendalian gratifikasi, benturan kepentingan, dan whistle-blowing system",
        "Peningkatan kualitas pelayanan publik melalui inovasi dan survei kepuasan masyarakat",
    ]
}
