import Fluent
import Foundation
import SQLKit

/// Inserts of the rows every public filing writes, in plain SQL: under load, Fluent's
/// reflection over a model's fields on each create cost more than the database itself. The
/// columns are those of ``CreateComplaints``.
enum ComplaintRows {
    /// Inserts `complaint`, giving it an id and its creation time; afterwards it is a stored
    /// model (a later `save` updates it).
    static func insert(_ complaint: Complaint, on db: any Database) async throws {
        let now = AppClock.current.now()
        complaint.id = UUID()
        complaint.createdAt = now
        complaint.updatedAt = now
        try await (db as! any SQLDatabase).insert(into: Complaint.schema)
            .columns(
                "id", "unit_id", "number", "code_hash", "kind", "channel", "subject", "description", "service", "event_place",
                "event_date", "reporter_name", "reporter_contact", "is_anonymous", "is_confidential", "status", "status_since",
                "due_on", "assignee_id", "received_on", "closed_on", "track", "created_at", "updated_at"
            )
            .values(
                SQLBind(complaint.id), SQLBind(complaint.$unit.id), SQLBind(complaint.number), SQLBind(complaint.codeHash),
                SQLBind(complaint.kind), SQLBind(complaint.channel), SQLBind(complaint.subject), SQLBind(complaint.description),
                SQLBind(complaint.service), SQLBind(complaint.eventPlace), SQLBind(complaint.eventDate),
                SQLBind(complaint.reporterName), SQLBind(complaint.reporterContact), SQLBind(complaint.isAnonymous),
                SQLBind(complaint.isConfidential), SQLBind(complaint.status), SQLBind(complaint.statusSince),
                SQLBind(complaint.dueOn), SQLBind(complaint.$assignee.id), SQLBind(complaint.receivedOn),
                SQLBind(complaint.closedOn), SQLBind(complaint.track), SQLBind(now), SQLBind(now)
            )
            .run()
        complaint.$id.exists = true
    }

    /// Inserts an event of a complaint.
    static func insert(_ event: ComplaintEvent, on db: any Database) async throws {
        try await (db as! any SQLDatabase).insert(into: ComplaintEvent.schema)
            .columns("id", "complaint_id", "kind", "from_status", "to_status", "text", "author", "created_at")
            .values(
                SQLBind(UUID()), SQLBind(event.$complaint.id), SQLBind(event.kind.rawValue), SQLBind(event.fromStatus),
                SQLBind(event.toStatus), SQLBind(event.text), SQLBind(event.author), SQLBind(AppClock.current.now())
            )
            .run()
    }
}
