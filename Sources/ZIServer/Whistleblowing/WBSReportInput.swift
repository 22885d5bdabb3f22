import Foundation
import ZICore

/// The public report form's fields, before validation. The reporter is anonymous unless they
/// tick `identify`: only then are the name and contact kept (inside the encrypted report).
struct WBSReportInput {
    var fields: [String: String]

    /// The most people one report may name.
    static let maxInvolved = 20

    /// The report the fields describe, or every problem at once (messages in Indonesian).
    func checked() throws -> WhistleblowingReport {
        var validator = Validator()
        let title = validator.required("title", fields["title"], max: 200)
        let whatHappened = validator.required("whatHappened", fields["whatHappened"], max: 10_000)
        let involved = validator.optional("involved", fields["involved"], max: 4000).map(Self.people) ?? []
        if involved.count > Self.maxInvolved { validator.add("involved", "validation.wbs_involved", [String(Self.maxInvolved)]) }
        let when = validator.optional("whenItHappened", fields["whenItHappened"], max: 200)
        let place = validator.optional("whereItHappened", fields["whereItHappened"], max: 300)
        let source = KnowledgeSource(rawValue: fields["howKnown"] ?? "")
        if source == nil { validator.add("howKnown", "validation.choice") }
        var identity: ReporterIdentity?
        if Self.isOn(fields["identify"]) {
            let name = validator.required("reporterName", fields["reporterName"], max: 200)
            let contact = validator.optional("reporterContact", fields["reporterContact"], max: 200)
            identity = name.map { ReporterIdentity(name: $0, contact: contact) }
        }
        try validator.check()
        return WhistleblowingReport(
            title: title!, whatHappened: whatHappened!, involvedPeople: involved, whenItHappened: when ?? "",
            whereItHappened: place ?? "", howReporterKnows: source!, reporterIdentity: identity)
    }

    /// One person per line, `Nama, jabatan atau unit` (the part after the first comma is optional).
    static func people(_ text: String) -> [InvolvedPerson] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            return InvolvedPerson(name: name, position: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
        }
    }

    /// Whether a checkbox was ticked.
    static func isOn(_ value: String?) -> Bool {
        ["on", "true", "1", "ya"].contains(value?.lowercased() ?? "")
    }
}
