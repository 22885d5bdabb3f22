import Fluent
import Vapor
import ZICore

/// Finds a complaint for a route and checks what the requester may do with it: the unit's
/// complaint staff, and the person it was assigned to for their own.
enum ComplaintAccess {
    static func load(_ req: Request, _ permission: Permission = .viewComplaints) async throws -> (Complaint, WorkUnit) {
        try await req.unitRecord(Complaint.self, "complaintID", requiring: permission) { complaint, requester in
            complaint.$assignee.id != nil && complaint.$assignee.id == requester
        }
    }

    /// The complaint with its history, oldest first.
    static func detail(_ complaint: Complaint, on db: any Database) async throws -> ComplaintDetailDTO {
        let events = try await ComplaintEvent.query(on: db).filter(\.$complaint.$id == complaint.id!).sort(\.$createdAt).all()
        let attachments = try await Attachment.of(.complaint, id: complaint.id!, on: db)
        return ComplaintDetailDTO(complaint, events: events, attachments: attachments, today: AppClock.current.today())
    }

    /// An attachment of a complaint the requester may read, streamed.
    static func attachment(_ req: Request) async throws -> Response {
        let (complaint, _) = try await load(req)
        return try await Attachment.download(.complaint, id: complaint.id!, req: req)
    }
}

extension Complaint: UnitRecord { var unitID: UUID { $unit.id } }
