/// Why ``CSVParser`` could not read a file.
enum CSVError: Error, Equatable {
    /// The file is not UTF-8 text.
    case notUTF8
    /// A quoted cell opened in this record (1-based) is never closed.
    case unclosedQuote(row: Int)
}
