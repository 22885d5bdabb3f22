import ZICore

/// The SKM report as a workbook, for further analysis in a spreadsheet: sheets `Ringkasan`
/// (a row per service and one for all services), `Unsur` (a row per element of all services
/// and of each service), `Profil` (a row per respondent category) and `Tindak Lanjut` (a row
/// per follow-up), each under a bold header row that stays in view and repeats on printed
/// pages. Counts, IKM, NRR and converted values are number cells, unrounded except the
/// converted IKM, which is stored as published (two decimals); shares are percentages.
///
/// ```swift
/// let data = try XLSXWriter.write(SKMReportXLSX.workbook(report))
/// ```
public enum SKMReportXLSX {
    private typealias Sheet = XLSXReportSheet

    /// The header of sheet `Ringkasan`.
    static let ringkasanHeader = [
        "NO", "JENIS LAYANAN", "POPULASI", "SAMPEL MINIMAL", "RESPONDEN", "IKM", "NILAI KONVERSI", "MUTU", "KINERJA",
    ]
    /// The header of sheet `Unsur`.
    static let unsurHeader = ["JENIS LAYANAN", "KODE", "UNSUR", "NRR", "NRR TERTIMBANG", "TERENDAH"]
    /// The header of sheet `Profil`.
    static let profilHeader = ["KELOMPOK", "KATEGORI", "JUMLAH", "PERSENTASE"]
    /// The header of sheet `Tindak Lanjut`.
    static let tindakLanjutHeader = [
        "NO", "KODE UNSUR", "UNSUR", "PERMASALAHAN", "RENCANA TINDAK LANJUT", "PENANGGUNG JAWAB", "WAKTU", "STATUS",
    ]

    /// The workbook of `report`.
    public static func workbook(_ report: SKMReport, names: LabelNames) -> XLSXWorkbook {
        XLSXWorkbook(
            sheets: [ringkasan(report, names), unsur(report), profil(report), tindakLanjut(report)],
            title: "Laporan Survei Kepuasan Masyarakat \(report.unitName) \(report.periodLabel)", creator: "SIZI"
        )
    }

    private static func ringkasan(_ report: SKMReport, _ names: LabelNames) -> XLSXSheet {
        let services = report.services.enumerated().map { index, service in
            summaryRow(Sheet.number(index + 1), service.name, population: service.population, result: service.result, names: names)
        }
        let total =
            report.overall.map {
                [summaryRow(nil, SKMReportText.allServices, population: report.totalPopulation, result: $0, names: names)]
            } ?? []
        return Sheet.sheet("Ringkasan", header: ringkasanHeader, widths: [5, 35, 11, 11, 11, 12, 12, 7, 13], rows: services + total)
    }

    private static func summaryRow(_ number: XLSXCell?, _ name: String, population: Int?, result: SKMResult?, names: LabelNames) -> XLSXRow
    {
        XLSXRow(cells: [
            number, Sheet.text(name), population.map(Sheet.number),
            population.map { Sheet.number(SKMSample.minimumRespondents(population: $0)) },
            Sheet.number(result?.respondents ?? 0), result.map { XLSXCell(.number($0.ikm)) },
            result.map { XLSXCell(.number($0.publishedConverted), style: Sheet.twoDecimals) },
            result.map { Sheet.text($0.grade.rawValue) }, result.map { Sheet.text(names($0.grade)) },
        ])
    }

    private static func unsur(_ report: SKMReport) -> XLSXSheet {
        let results =
            (report.overall.map { [(SKMReportText.allServices, $0)] } ?? [])
            + report.services.compactMap { service in
                service.result.map { (service.name, $0) }
            }
        let rows = results.flatMap { name, result in
            SKMElement.allCases.map { element in
                XLSXRow(cells: [
                    Sheet.text(name), Sheet.text(element.code), Sheet.text(element.name),
                    result.nrr[element].map { XLSXCell(.number($0), style: Sheet.twoDecimals) },
                    result.weightedNRR[element].map { XLSXCell(.number($0)) },
                    result.lowestElements.contains(element) ? Sheet.text("Ya") : nil,
                ])
            }
        }
        return Sheet.sheet("Unsur", header: unsurHeader, widths: [35, 7, 40, 10, 16, 11], rows: rows)
    }

    private static func profil(_ report: SKMReport) -> XLSXSheet {
        let rows = report.profile.groups.flatMap { group in
            let total = group.counts.map(\.count).reduce(0, +)
            return group.counts.map { entry in
                XLSXRow(cells: [
                    Sheet.text(group.title), Sheet.text(entry.label), Sheet.number(entry.count), Sheet.share(entry.count, of: total),
                ])
            }
        }
        return Sheet.sheet("Profil", header: profilHeader, widths: [18, 30, 10, 13], rows: rows)
    }

    private static func tindakLanjut(_ report: SKMReport) -> XLSXSheet {
        let rows = report.followUps.enumerated().map { index, followUp in
            XLSXRow(cells: [
                Sheet.number(index + 1), Sheet.text(followUp.element.code), Sheet.text(followUp.element.name),
                Sheet.text(followUp.problem), Sheet.text(followUp.action), Sheet.optionalText(followUp.owner),
                Sheet.optionalText(followUp.due), Sheet.text(followUp.status),
            ])
        }
        return Sheet.sheet("Tindak Lanjut", header: tindakLanjutHeader, widths: [5, 9, 30, 40, 40, 22, 16, 14], rows: rows)
    }
}
