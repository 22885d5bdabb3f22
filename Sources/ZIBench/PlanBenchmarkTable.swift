import Foundation

/// A synthetic plan table in the real plans' column layout, for benchmarks: rows spread over
/// the six areas, five actions per indicator, TARGET WAKTU in the phrasings real plans use.
enum PlanBenchmarkTable {
    private static let areas = [
        "MANAJEMEN PERUBAHAN", "PENATAAN TATALAKSANA", "PENATAAN SISTEM MANAJEMEN SDM",
        "PENGUATAN AKUNTABILITAS KINERJA", "PENGUATAN PENGAWASAN", "PENINGKATAN KUALITAS PELAYANAN PUBLIK",
    ]
    private static let timings = [
        "Januari 2026", "Maret, Juni, September, Desember 2026", "Januari s/d Desember 2026",
        "Triwulan II 2026", "Semester I 2026", "Setiap bulan", "Juni, Oktober 2026",
        "Februari-Juni 2026", "setiap ada kegiatan",
    ]

    static func csv(rows: Int) -> Data {
        var lines = ["NO,KOMPONEN/AREA,INDIKATOR,LANGKAH AKSI,BUKTI FISIK,TARGET WAKTU,% REALISASI"]
        let perArea = max(1, (rows + areas.count - 1) / areas.count)
        for index in 0..<rows {
            if index % perArea == 0 { lines.append("\(areas[index / perArea]),,,,,,") }
            let indicator = index / 5
            lines.append(
                "\(index + 1),,Indikator \(indicator + 1) tentang penguatan integritas unit kerja,"
                    + "\"Langkah aksi \(index + 1): menyusun, melaksanakan dan melaporkan kegiatan pembangunan ZI\","
                    + "\"Surat Keputusan\nNotulen rapat\nDaftar hadir\",\"\(timings[index % timings.count])\",\(index % 3 == 0 ? "50" : "")"
            )
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
