import Foundation

/// Splits CSV text into records of fields (RFC 4180, read leniently).
///
/// - The separator is `,`, `;` or a tab, whichever occurs most often outside quotes in the first
///   15 records (`,` on a tie): spreadsheets set to Indonesian write `;`.
/// - A field in double quotes may hold separators and line breaks; `""` inside it is one quote.
///   Text after the closing quote is kept; a quote inside an unquoted field is an ordinary character.
/// - Records end at `\n`, `\r\n` or `\r`; a line break at the end of the text ends the last record.
/// - UTF-8 only, with or without a byte-order mark.
enum CSVParser {
    /// The records of the UTF-8 CSV file `data`.
    static func records(_ data: Data) throws(CSVError) -> [[String]] {
        guard var text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try records(text, separator: separator(of: text))
    }

    /// The separator of `text`.
    static func separator(of text: String) -> Unicode.Scalar {
        let candidates: [Unicode.Scalar] = [",", ";", "\t"]
        var counts = [Unicode.Scalar: Int]()
        var quoted = false
        var lines = 0
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted, scalar == "\n" || scalar == "\r" {
                lines += 1
                if lines == 15 { break }
            } else if !quoted, candidates.contains(scalar) {
                counts[scalar, default: 0] += 1
            }
        }
        return candidates.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? ","
    }

    /// The records of `text`, fields separated by `separator`.
    static func records(_ text: String, separator: Unicode.Scalar) throws(CSVError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var quoteStartRecord = 0
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            records.append(record)
            record = []
        }
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"", field.isEmpty {
                quoted = true
                quoteStartRecord = records.count + 1
            } else if scalar == separator {
                endField()
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", pending == "\n" { pending = scalars.next() }
                endRecord()
            } else {
                field.append(scalar)
            }
        }
        if quoted { throw .unclosedQuote(row: quoteStartRecord) }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        return records
    }
}
