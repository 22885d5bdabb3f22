import ZICore

/// How the SKM report writes its numbers and grades, the same in the DOCX and the XLSX.
enum SKMReportText {
    /// How the rows of all services together are named.
    static let allServices = "Seluruh layanan"

    /// An IKM on the 1–4 scale (or a weighted NRR), four decimals: `3,2500`.
    static func ikm(_ value: Double) -> String {
        DecimalText.format(value, decimals: 4)
    }

    /// An NRR, two decimals: `2,75`.
    static func nrr(_ value: Double) -> String {
        DecimalText.format(value, decimals: 2)
    }

    /// The converted IKM as published, two decimals: `81,25`.
    static func converted(_ result: SKMResult) -> String {
        DecimalText.format(result.publishedConverted, decimals: 2)
    }

    /// The grade and its label: `B (Baik)`.
    static func grade(_ result: SKMResult, names: LabelNames) -> String {
        "\(result.grade.rawValue) (\(names(result.grade)))"
    }

    /// The element's code and name: `U8 Penanganan Pengaduan, Saran dan Masukan`.
    static func element(_ element: SKMElement) -> String {
        "\(element.code) \(element.name)"
    }
}
