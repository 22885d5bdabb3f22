extension DocumentTable {
    /// A table of `counts` with each count's share of their total, closed by a `Jumlah` row:
    /// columns `labelTitle`, `JUMLAH`, `PERSENTASE` (a dash when the total is 0).
    static func counts(_ counts: [LabelledCount], labelTitle: String, kind: String) -> DocumentTable {
        let total = counts.map(\.count).reduce(0, +)
        let columns = [
            Column(title: labelTitle, key: "uraian", weight: 60),
            Column(title: "JUMLAH", key: "jumlah", weight: 20, isCentered: true),
            Column(title: "PERSENTASE", key: "persentase", weight: 20, isCentered: true),
        ]
        let rows = (counts + [LabelledCount("Jumlah", total)]).map { entry in
            Row.cells([Cell(entry.label), Cell("\(entry.count)"), Cell(IndonesianNumber.share(entry.count, of: total))])
        }
        return DocumentTable(kind: kind, columns: columns, rows: rows)
    }
}
