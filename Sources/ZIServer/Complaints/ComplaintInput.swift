import Foundation
import Vapor
import ZICore

/// A complaint as the public form, a staff form or the API sends it, before validation.
struct ComplaintInput: Content {
    var kind: String?
    var channel: String?
    var subject: String?
    var description: String?
    var service: String?
    var eventPlace: String?
    var eventDate: String?
    var reporterName: String?
    var reporterContact: String?
    var anonymous: String?
    var confidential: String?

    /// The checked complaint.
    struct Checked: Sendable {
        let kind: ComplaintKind
        let channel: ComplaintChannel
        let subject: String
        let description: String
        let service: String?
        let eventPlace: String?
        let eventDate: CalendarDate?
        let reporterName: String?
        let reporterContact: String?
        let isAnonymous: Bool
        let isConfidential: Bool
    }

    /// Checks every field; `channel` is forced for the public form (always `web`). Text is kept
    /// as typed (pages escape it); lengths are bounded.
    func checked(channel forced: ComplaintChannel? = nil, requireContact: Bool = false) throws -> Checked {
        var validator = Validator()
        let kind = ComplaintKind(rawValue: kind.flatMap { $0.isEmpty ? nil : $0 } ?? ComplaintKind.pengaduan.rawValue)
        if kind == nil { validator.add("kind", "validation.choice") }
        let channel = forced ?? ComplaintChannel(rawValue: channel ?? "")
        if channel == nil { validator.add("channel", "validation.choice") }
        let subject = validator.required("subject", subject, max: 200)
        let description = validator.required("description", description, max: 5000)
        let service = validator.optional("service", service, max: 200)
        let place = validator.optional("eventPlace", eventPlace, max: 300)
        let date = eventDate.flatMap { $0.isEmpty ? nil : $0 }
        let parsedDate = date.flatMap(CalendarDate.init(iso:))
        if date != nil, parsedDate == nil { validator.add("eventDate", "validation.date") }
        let name = validator.optional("reporterName", reporterName, max: 200)
        let contact = validator.optional("reporterContact", reporterContact, max: 200)
        if requireContact && contact == nil { validator.add("reporterContact", "validation.required") }
        try validator.check()
        let anonymous = Self.isOn(anonymous) || name == nil
        return Checked(
            kind: kind!, channel: channel!, subject: subject!, description: description!, service: service, eventPlace: place,
            eventDate: parsedDate, reporterName: name, reporterContact: contact, isAnonymous: anonymous,
            isConfidential: Self.isOn(confidential))
    }

    private static func isOn(_ value: String?) -> Bool {
        ["on", "true", "1", "ya"].contains(value?.lowercased() ?? "")
    }
}

extension ComplaintInput {
    /// The complaint fields of a form.
    init(fields: [String: String]) {
        self.init(
            kind: fields["kind"], channel: fields["channel"], subject: fields["subject"], description: fields["description"],
            service: fields["service"], eventPlace: fields["eventPlace"], eventDate: fields["eventDate"],
            reporterName: fields["reporterName"], reporterContact: fields["reporterContact"], anonymous: fields["anonymous"],
            confidential: fields["confidential"])
    }
}
