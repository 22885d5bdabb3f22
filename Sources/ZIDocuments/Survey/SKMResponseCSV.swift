import Foundation
import ZICore

/// Reads SKM responses from a CSV file, as `sizi skm compute` takes them.
///
/// The first non-empty row is the header. It must name the columns `U1` … `U9` (in any case
/// and order, spaces around ignored); other columns, such as the respondent's profile, are
/// ignored. Every further row is one respondent with a score 1–4 in each element column;
/// empty rows are skipped. Row numbers in errors are record numbers, counted from 1 at the
/// top of the file, as a spreadsheet numbers them. The file is read by ``CSVParser``: UTF-8
/// with or without a byte-order mark, separated by `,`, `;` or tabs.
///
/// ```text
/// Usia;Jenis Kelamin;U1;U2;U3;U4;U5;U6;U7;U8;U9
/// 34;P;4;3;3;4;3;3;4;3;3
/// ```
public enum SKMResponseCSV {
    /// The responses of the CSV file `data`, in file order.
    public static func parse(_ data: Data) throws(SKMCSVError) -> [SKMResponse] {
        let records: [[String]]
        do {
            records = try CSVParser.records(data)
        } catch {
            throw SKMCSVError(error)
        }
        let rows = records.enumerated()
            .map { (number: $0.offset + 1, cells: $0.element.map { $0.trimmingCharacters(in: .whitespaces) }) }
            .filter { $0.cells.contains { !$0.isEmpty } }
        guard let header = rows.first else { throw .noRows }
        let columns = try columnIndices(header.cells)
        guard rows.count > 1 else { throw .noRows }
        return try rows.dropFirst().map { row throws(SKMCSVError) in
            try response(row.cells, columns: columns, row: row.number)
        }
    }

    /// The index of each element's column in the header row.
    private static func columnIndices(_ header: [String]) throws(SKMCSVError) -> [SKMElement: Int] {
        var columns = [SKMElement: Int]()
        for (index, title) in header.enumerated() {
            guard let element = SKMElement.allCases.first(where: { $0.code == title.uppercased() }) else { continue }
            guard columns[element] == nil else { throw .duplicateColumn(element) }
            columns[element] = index
        }
        let missing = SKMElement.allCases.filter { columns[$0] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        return columns
    }

    /// The response in `cells`, the row numbered `row`; a cell missing at the end of the row is empty.
    private static func response(_ cells: [String], columns: [SKMElement: Int], row: Int) throws(SKMCSVError) -> SKMResponse {
        let texts = columns.mapValues { $0 < cells.count ? cells[$0] : "" }
        do {
            return try SKMResponse(scores: texts.compactMapValues { Int($0) })
        } catch {
            let element =
                switch error {
                case .missing(let element), .outOfRange(let element, _): element
                }
            throw .badValue(row: row, column: element, value: texts[element] ?? "")
        }
    }
}
