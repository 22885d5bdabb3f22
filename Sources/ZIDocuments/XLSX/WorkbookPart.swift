import Foundation

/// The workbook part (`xl/workbook.xml`): the sheets in tab order, each with the id of its
/// relationship to the worksheet part.
struct WorkbookPart {
    struct Sheet {
        let name: String
        let relationshipId: String
    }

    let sheets: [Sheet]

    init(data: Data, path: String) throws {
        var sheets: [Sheet] = []
        try XMLPartParser.parse(data, part: path) { event in
            guard case .start("sheet", let attributes) = event else { return }
            guard let name = attributes["name"], let id = attributes["id"] else {
                throw XLSXReadError.malformedPart(path, reason: "a sheet lacks its name or relationship id")
            }
            sheets.append(Sheet(name: name, relationshipId: id))
        }
        self.sheets = sheets
    }
}
