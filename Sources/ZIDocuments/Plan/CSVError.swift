/// Why ``CSVParser`` could not read a file.
enum CSVError: Error, Equatable {
    /// The file is not UTF-8 text.
    case notUTF8
    /// A quoted cell opened in this record (1-based) is never closed.
    case unclosedQuote(row: Int)

    /// The explanation, in Indonesian (shared by every CSV import).
    var description: String {
        switch self {
        case .notUTF8:
            "Berkas CSV bukan teks UTF-8. Simpan ulang sebagai \"CSV UTF-8 (dipisahkan koma)\"."
        case .unclosedQuote(let row):
            "Tanda kutip (\") yang dibuka pada baris \(row) tidak pernah ditutup."
        }
    }
}
