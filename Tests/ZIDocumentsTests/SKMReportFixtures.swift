import ZICore
@testable import ZIDocuments

/// SKM reports for the tests, their results computed by ``SKMCalculator``.
///
/// ```text
/// Layanan Pengujian Mutu (population 5, minimum sample 5)
///        U1 U2 U3 U4 U5 U6 U7 U8 U9 | sum
/// R1      4  4  3  4  3  3  4  3  3 |  31
/// R2      3  3  3  4  3  3  3  2  3 |  27
/// R3      3  4  2  4  3  4  4  3  3 |  30
/// R4      4  3  3  4  3  3  3  2  4 |  29      IKM 117/36 = 3,2500, 81,25 B, lowest U8 (2,50)
/// Layanan Informasi (population 2, minimum sample 2)
/// R5      4  4  4  4  4  4  4  4  4 |  36
/// R6      3  3  2  4  4  4  4  3  4 |  31      IKM 67/18 = 3,7222, 93,06 A, lowest U3 (3,00)
/// all    21 21 17 24 20 21 22 17 21 | 184      IKM 184/54 = 3,4074, 85,19 B, lowest U3, U8 (17/6 = 2,83)
/// ```
enum SKMReportFixtures {
    static let pengujian: [[Int]] = [
        [4, 4, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 2, 3], [3, 4, 2, 4, 3, 4, 4, 3, 3], [4, 3, 3, 4, 3, 3, 3, 2, 4],
    ]
    static let informasi: [[Int]] = [[4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 2, 4, 4, 4, 4, 3, 4]]

    /// The result of responses given as rows of scores of U1 … U9.
    static func result(_ rows: [[Int]]) throws -> SKMResult? {
        SKMCalculator.compute(try rows.map { try SKMResponse(scores: Dictionary(uniqueKeysWithValues: zip(SKMElement.allCases, $0))) })
    }

    /// Two services, a profile with one empty group, one follow-up (of U8; U3 is left without).
    static func sample() throws -> SKMReport {
        SKMReport(
            unitName: "Balai Contoh", periodLabel: "Triwulan III 2026", generatedOn: CalendarDate(year: 2026, month: 11, day: 22)!,
            services: [
                SKMReport.Service(name: "Layanan Pengujian Mutu", result: try result(pengujian), population: 5),
                SKMReport.Service(name: "Layanan Informasi", result: try result(informasi), population: 2),
            ],
            overall: try result(pengujian + informasi),
            profile: SKMReport.RespondentProfile(
                ageGroups: [LabelledCount("18–24 tahun", 1), LabelledCount("25–34 tahun", 3), LabelledCount("35–44 tahun", 2)],
                sexes: [LabelledCount("Laki-laki", 4), LabelledCount("Perempuan", 2)],
                education: [],
                occupations: [LabelledCount("PNS", 1), LabelledCount("Swasta", 5)]
            ),
            followUps: [
                SKMReport.FollowUp(
                    element: .u8, problem: "Respons pengaduan lambat", action: "Menetapkan petugas piket pengaduan",
                    owner: "Tim Dumas", due: "Triwulan IV 2026", status: "Direncanakan")
            ]
        )
    }

    /// A period without any response, profile or follow-up.
    static func empty() throws -> SKMReport {
        var report = try sample()
        report.services = []
        report.overall = nil
        report.profile = SKMReport.RespondentProfile(ageGroups: [], sexes: [], education: [], occupations: [])
        report.followUps = []
        return report
    }
}
