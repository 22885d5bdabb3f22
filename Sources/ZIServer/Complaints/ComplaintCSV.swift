import Foundation
import ZICore

/// Complaints as CSV with the fields SP4N-LAPOR! uses: tracking number, date, channel,
/// category, status and the dates of receipt and closing. Never the reporter's identity.
enum ComplaintCSV {
    static let header = ["Nomor", "Tanggal Diterima", "Kanal", "Kategori", "Judul", "Layanan", "Status", "Batas Waktu", "Tanggal Selesai"]

    static func render(_ complaints: [Complaint]) -> String {
        let names = RequestNames.indonesian
        let rows = complaints.map { complaint in
            [
                complaint.number, complaint.receivedOn, names(ComplaintChannel.self, raw: complaint.channel),
                names(ComplaintKind.self, raw: complaint.kind), complaint.subject, complaint.service ?? "",
                names(ComplaintStatus.self, raw: complaint.status), complaint.dueOn ?? "", complaint.closedOn ?? "",
            ]
        }
        return ([header] + rows).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV field, quoted when needed; a leading `=`, `+`, `-`, `@`, tab or carriage return is
    /// neutralised (OWASP's CSV injection rule) so a spreadsheet never runs it as a formula.
    static func quoted(_ field: String) -> String {
        let safe = field.first.map { "=+-@\t\r".contains($0) } == true ? "'" + field : field
        return safe.contains { ",\"\n\r".contains($0) } ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }
}
