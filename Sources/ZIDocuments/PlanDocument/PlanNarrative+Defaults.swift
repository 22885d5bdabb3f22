extension PlanNarrative {
    /// Formal default text for every section, naming the unit (and its agency, if given), to be
    /// adapted by the unit. The dasar hukum follow the plan year (``PlanLegalBasis``).
    public static func defaults(unitName: String, instansiName: String?, year: Int) -> PlanNarrative {
        let unit = instansiName.map { "\(unitName) di lingkungan \($0)" } ?? unitName
        return PlanNarrative(
            kataPengantar: """
                Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Dokumen Rencana Kerja Pembangunan Zona Integritas \(unitName) Tahun \(year).

                Dokumen ini disusun sebagai pedoman bagi pimpinan dan seluruh pegawai \(unit) dalam membangun Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM). Di dalamnya dimuat program kerja, rencana aksi pada setiap area perubahan beserta bukti fisik dan target waktunya, serta mekanisme pemantauan dan evaluasi pelaksanaannya.

                Kami menyampaikan terima kasih kepada Tim Kerja Pembangunan Zona Integritas dan semua pihak yang telah berkontribusi dalam penyusunan dokumen ini. Semoga dokumen ini bermanfaat dan dapat dilaksanakan dengan penuh komitmen dan tanggung jawab.
                """,
            latarBelakang: """
                Reformasi birokrasi merupakan upaya pemerintah untuk mewujudkan tata kelola pemerintahan yang bersih, akuntabel, efektif, dan efisien serta pelayanan publik yang berkualitas. Sebagaimana diarahkan dalam Grand Design Reformasi Birokrasi, sasaran yang hendak dicapai antara lain pemerintahan yang bersih dan bebas dari korupsi, kolusi, dan nepotisme, serta meningkatnya kualitas pelayanan publik kepada masyarakat.

                Untuk mempercepat pencapaian sasaran tersebut, instansi pemerintah perlu membangun unit kerja percontohan melalui pembangunan Zona Integritas (ZI), yaitu instansi pemerintah yang pimpinan dan jajarannya telah berkomitmen untuk mewujudkan Wilayah Bebas dari Korupsi (WBK)/Wilayah Birokrasi Bersih dan Melayani (WBBM) melalui reformasi birokrasi, khususnya dalam hal mewujudkan pemerintahan yang bersih dan akuntabel serta pelayanan publik yang prima.

                Pembangunan Zona Integritas dilaksanakan melalui enam area perubahan, yaitu Manajemen Perubahan, Penataan Tatalaksana, Penataan Sistem Manajemen SDM Aparatur, Penguatan Akuntabilitas Kinerja, Penguatan Pengawasan, dan Peningkatan Kualitas Pelayanan Publik. Perubahan pada keenam area tersebut diharapkan menghasilkan birokrasi yang bersih dan akuntabel serta pelayanan publik yang prima.

                Sebagai wujud komitmen tersebut, \(unit) menyusun Dokumen Rencana Kerja Pembangunan Zona Integritas Tahun \(year) sebagai pedoman pelaksanaan pembangunan Zona Integritas yang terarah, terukur, dan berkesinambungan.
                """,
            dasarHukum: PlanLegalBasis.regulations(year: year),
            maksudTujuan: """
                Dokumen rencana kerja ini dimaksudkan sebagai acuan bagi pimpinan dan seluruh pegawai \(unitName) serta pemangku kepentingan lainnya dalam membangun Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM).

                Tujuan penyusunan dokumen rencana kerja ini adalah:
                1. memberikan keseragaman pemahaman dan tindakan dalam membangun Zona Integritas;
                2. menetapkan rencana aksi yang terukur pada setiap area perubahan, lengkap dengan bukti fisik, target waktu, dan penanggung jawabnya;
                3. menjadi dasar pemantauan dan evaluasi kemajuan pembangunan Zona Integritas secara berkala.
                """,
            pengertianUmum: PlanLegalBasis.terms,
            pencanangan: """
                Pencanangan pembangunan Zona Integritas adalah deklarasi atau pernyataan pimpinan \(unitName) bahwa unit kerjanya telah siap membangun Zona Integritas.

                Pencanangan dilakukan setelah pimpinan dan seluruh atau sebagian besar pegawai menandatangani Dokumen Pakta Integritas. Pegawai yang belum menandatangani Pakta Integritas melengkapinya setelah pencanangan, demikian pula pegawai baru pada saat pelantikan atau mutasi.

                Pencanangan dilaksanakan secara terbuka dan dipublikasikan secara luas melalui laman, media sosial, dan media informasi lainnya, agar masyarakat dapat memantau, mengawal, mengawasi, dan berperan serta dalam upaya pencegahan korupsi dan peningkatan kualitas pelayanan publik di \(unitName).
                """,
            prosesPembangunan: """
                Pembangunan Zona Integritas di \(unitName) merupakan tindak lanjut pencanangan yang telah dilakukan oleh pimpinan. Prosesnya difokuskan pada perubahan yang konkret pada enam area perubahan, yaitu:
                1. Manajemen Perubahan;
                2. Penataan Tatalaksana;
                3. Penataan Sistem Manajemen SDM Aparatur;
                4. Penguatan Akuntabilitas Kinerja;
                5. Penguatan Pengawasan; dan
                6. Peningkatan Kualitas Pelayanan Publik.

                Untuk setiap area, Tim Kerja menyusun rencana aksi yang terukur berupa langkah aksi, bukti fisik, target waktu, dan penanggung jawab sebagaimana tercantum pada Bab III. Pelaksanaannya melibatkan seluruh pegawai, didukung oleh agen perubahan, dan diarahkan untuk menghasilkan birokrasi yang bersih dan akuntabel serta pelayanan publik yang prima.
                """,
            monitoringEvaluasi: """
                Pelaksanaan rencana aksi dipantau dan dievaluasi secara berkala oleh Tim Kerja Pembangunan Zona Integritas bersama pimpinan \(unitName). Monitoring dan evaluasi dilaksanakan sekurang-kurangnya setiap triwulan melalui rapat yang dipimpin atau dihadiri oleh pimpinan, dengan membandingkan realisasi setiap langkah aksi terhadap target waktunya dan memeriksa kelengkapan bukti fisiknya.

                Hasil monitoring dan evaluasi dituangkan dalam notulen dan laporan monitoring dan evaluasi. Setiap temuan ditetapkan tindak lanjut, penanggung jawab, dan batas waktunya, lalu dipantau penyelesaiannya pada rapat berikutnya. Hasil monitoring dan evaluasi juga menjadi bahan penilaian oleh Tim Penilai Internal (TPI) serta dasar perbaikan rencana kerja pada periode berikutnya.
                """,
            penutup: """
                Dokumen Rencana Kerja Pembangunan Zona Integritas ini merupakan wujud komitmen \(unitName) untuk mewujudkan Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani. Keberhasilannya sangat bergantung pada komitmen pimpinan, keterlibatan seluruh pegawai, dan dukungan para pemangku kepentingan.

                Rencana kerja ini bersifat dinamis dan dapat disesuaikan dengan perkembangan kebutuhan serta lingkungan strategis, dengan tetap berpegang pada upaya pencegahan korupsi dan peningkatan kualitas pelayanan publik secara berkelanjutan.
                """,
            mekanismeTimKerja: """
                Tim Kerja Pembangunan Zona Integritas \(unitName) ditetapkan melalui mekanisme sebagai berikut:
                1. Pimpinan unit kerja menetapkan kebutuhan susunan tim, yang terdiri atas ketua, koordinator untuk setiap area perubahan, dan anggota.
                2. Pejabat yang menangani kepegawaian mengusulkan calon anggota tim berdasarkan kompetensi, integritas, dan rekam jejak pegawai.
                3. Pimpinan unit kerja menyeleksi dan menyetujui calon anggota tim.
                4. Konsep Surat Keputusan Tim Kerja disusun dan diajukan kepada pimpinan unit kerja untuk ditetapkan.
                5. Surat Keputusan yang telah ditetapkan disampaikan kepada seluruh anggota tim dan diumumkan kepada seluruh pegawai.
                6. Susunan tim dievaluasi secara berkala dan dapat diubah sesuai kebutuhan.
                """,
            mekanismeAgenPerubahan: """
                Agen Perubahan \(unitName) ditetapkan melalui mekanisme sebagai berikut:
                1. Pimpinan unit kerja menetapkan kriteria agen perubahan, antara lain berintegritas, berkinerja baik, tidak sedang menjalani hukuman disiplin, dan mampu menjadi teladan (role model) bagi pegawai lainnya.
                2. Setiap bagian atau tim kerja mengusulkan calon agen perubahan, atau calon dijaring secara terbuka dari seluruh pegawai.
                3. Calon agen perubahan diseleksi berdasarkan kriteria yang telah ditetapkan.
                4. Pimpinan unit kerja menetapkan agen perubahan dengan Surat Keputusan.
                5. Agen perubahan menyusun rencana kerja perubahan, melaporkan perubahan yang telah dilakukan, dan dievaluasi kinerjanya secara berkala.
                """
        )
    }
}
