import Foundation

/// The index of an evidence export: a standalone HTML page listing every file of the archive,
/// to be stored at its root as `index.html`.
///
/// One table row per entry, in export order: area, question, title, the file (a relative link
/// into the archive), its SHA-256, size and review status. All text is escaped; the page needs
/// nothing outside itself.
public enum EvidenceExportIndex {
    private static let columns = ["Area", "Pertanyaan", "Judul", "Berkas", "SHA-256", "Ukuran", "Status"]
    private static let stylesheet =
        "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}"
        + "th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"
        + "th{background:#eee}code{font-size:.85em;word-break:break-all}td.size{text-align:right;white-space:nowrap}"
    /// The characters left as they are in a link; everything else is percent-encoded.
    private static let linkCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )

    /// The page for `plan`, headed by `title`.
    public static func html(_ plan: EvidenceExportPlan, title: String) -> String {
        let totalSize = plan.entries.reduce(Int64(0)) { $0 + $1.item.size }
        var html =
            "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>\(XMLEscaping.escape(title))</title>\n<style>\(stylesheet)</style>\n</head>\n<body>\n"
            + "<h1>\(XMLEscaping.escape(title))</h1>\n"
            + "<p>\(plan.entries.count) berkas, \(EvidenceFileSize.text(totalSize)).</p>\n"
            + "<table>\n<thead>\n<tr>" + columns.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        html +=
            plan.entries.isEmpty
            ? "<tr><td colspan=\"\(columns.count)\">Tidak ada data dukung.</td></tr>\n"
            : plan.entries.map(row).joined()
        return html + "</tbody>\n</table>\n</body>\n</html>\n"
    }

    private static func row(_ entry: EvidenceExportPlan.Entry) -> String {
        let item = entry.item
        let fileName = entry.path.split(separator: "/").last.map(String.init) ?? entry.path
        return
            "<tr><td>\(XMLEscaping.escape(item.areaName))</td><td>\(XMLEscaping.escape(item.questionText))</td><td>\(XMLEscaping.escape(item.title))</td>"
            + "<td><a href=\"\(XMLEscaping.escape(link(entry.path)))\">\(XMLEscaping.escape(fileName))</a></td><td><code>\(XMLEscaping.escape(item.contentID))</code></td>"
            + "<td class=\"size\">\(EvidenceFileSize.text(item.size))</td><td>\(XMLEscaping.escape(item.status))</td></tr>\n"
    }

    /// `path` as a relative URL: each component percent-encoded as UTF-8.
    private static func link(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: linkCharacters) ?? "" }
            .joined(separator: "/")
    }
}
