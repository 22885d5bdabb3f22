/// The LKE (Lembar Kerja Evaluasi) as an Excel workbook, in the column layout of
/// PermenPANRB 90/2021, Lampiran III — for units that fill in or review the worksheet offline.
///
/// ``export(framework:answers:notes:unitName:year:)`` writes one sheet, `LKE`:
///
/// - a title block: the framework's title, `Unit kerja`, `Tahun`, `Kerangka` (the framework id,
///   checked on import), `Nilai total`, and a line of instructions;
/// - a frozen header row with the columns of ``LKEWorkbookColumn``;
/// - one row per node of the tree in document order (komponen, kriteria, area, sub-indikator,
///   question), indented by depth, and under each `%` question with `Jumlah` inputs one row per input.
///
/// ``import(data:framework:)`` reads the `Jawaban` and `Catatan` columns back, finding rows by
/// the `ID` column and columns by their headers, so moved columns and re-saved files still import.
public enum LKEWorkbook {
    /// The name of the worksheet.
    static let sheetName = "LKE"
    /// The labels of the title block, in column A; their values stand in column B.
    static let unitLabel = "Unit kerja"
    static let yearLabel = "Tahun"
    static let frameworkLabel = "Kerangka"
    static let totalLabel = "Nilai total"
    /// The Pilihan Jawaban of a `Jumlah` input row, as in the regulation.
    static let inputAnswerType = "Jumlah"
    /// How to fill in the sheet, shown above the header row.
    static let instructions =
        "Isi kolom Jawaban (kode pilihan, persentase, atau nilai survei 0-4) dan Catatan. "
        + "Untuk pertanyaan % yang memiliki baris Jumlah, isi baris Jumlah; persentasenya dihitung ulang saat impor. "
        + "Kolom Nilai dan % dihitung oleh SIZI. Jangan mengubah kolom ID."
}
