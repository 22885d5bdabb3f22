import ZICore

/// The complaint register as a spreadsheet: sheet `Pengaduan` with a row per complaint under a
/// bold header row that stays in view and repeats on printed pages. Dates are date cells,
/// working days numbers; text is never a formula, so titles typed by the public are safe.
///
/// ```swift
/// let data = try XLSXWriter.write(ComplaintRegisterXLSX.workbook(rows, title: "Register Pengaduan Balai Contoh 2026"))
/// ```
public enum ComplaintRegisterXLSX {
    private typealias Sheet = XLSXReportSheet

    /// The header of sheet `Pengaduan`.
    static let header = [
        "NO", "NOMOR PELACAKAN", "TANGGAL DITERIMA", "KANAL", "JENIS", "KATEGORI/LAYANAN", "JUDUL", "STATUS",
        "TANGGAL DIVERIFIKASI", "TANGGAL SELESAI", "HARI KERJA PENYELESAIAN", "TERLAMBAT",
    ]

    /// A workbook holding only the register sheet; `title` goes into the file's properties.
    public static func workbook(_ rows: [ComplaintExportRow], title: String, names: LabelNames) -> XLSXWorkbook {
        XLSXWorkbook(sheets: [sheet(rows, names: names)], title: title, creator: "SIZI")
    }

    /// Sheet `Pengaduan` of `rows`, in the order given; to combine with other sheets, such as
    /// ``ComplaintEvaluationXLSX/sheet(_:names:)``; `names` names channels, kinds and statuses.
    public static func sheet(_ rows: [ComplaintExportRow], names: LabelNames) -> XLSXSheet {
        let body = rows.enumerated().map { index, row in
            XLSXRow(cells: [
                Sheet.number(index + 1), Sheet.text(row.trackingNumber), Sheet.optionalDate(row.receivedOn), Sheet.text(names(row.channel)),
                Sheet.text(names(row.kind)), Sheet.optionalText(row.category), Sheet.text(row.title), Sheet.text(names(row.status)),
                Sheet.optionalDate(row.verifiedOn), Sheet.optionalDate(row.finishedOn), row.workingDaysToFinish.map(Sheet.number),
                Sheet.text(row.isLate ? "Ya" : "Tidak"),
            ])
        }
        return Sheet.sheet("Pengaduan", header: header, widths: [5, 18, 13, 16, 18, 24, 45, 14, 13, 13, 13, 11], rows: body)
    }
}
