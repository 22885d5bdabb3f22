import Fluent
import Foundation
import ZICore
import ZIDocuments

/// Evidence records: create with a first version, add versions, describe, link to what it
/// proves, review links, delete — each step checked and audited. Files are stored before
/// (``EvidenceStorage``); this only writes the records, inside the caller's transaction.
enum EvidenceService {
    static func create(
        _ metadata: EvidenceMetadata.Checked, file: StoredFile, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> Evidence {
        let evidence = Evidence()
        evidence.$unit.id = unit.id!
        apply(metadata, to: evidence)
        evidence.currentVersion = 1
        evidence.createdBy = actor.name
        try await evidence.create(on: db)
        try await addVersionRow(1, file: file, to: evidence, by: actor, on: db)
        try await audit(
            evidence, unit: unit, action: "create",
            after: ["title": metadata.title, "sha256": file.sha256, "file": file.fileName], by: actor, on: db)
        return evidence
    }

    /// A new version: the old ones stay; links waiting for a revision wait for review again.
    static func addVersion(
        _ file: StoredFile, to evidence: Evidence, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        evidence.currentVersion += 1
        try await evidence.save(on: db)
        try await addVersionRow(evidence.currentVersion, file: file, to: evidence, by: actor, on: db)
        for link in try await EvidenceLink.query(on: db).filter(\.$evidence.$id == evidence.id!).all() {
            let status = (EvidenceReviewStatus(rawValue: link.reviewStatus) ?? .pending).afterNewVersion()
            if status.rawValue != link.reviewStatus {
                link.reviewStatus = status.rawValue
                try await link.save(on: db)
            }
        }
        try await audit(
            evidence, unit: unit, action: "new_version",
            after: ["version": String(evidence.currentVersion), "sha256": file.sha256], by: actor, on: db)
    }

    /// Changes the description (title, kind, number, date, tags).
    static func update(
        _ evidence: Evidence, _ metadata: EvidenceMetadata.Checked, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        apply(metadata, to: evidence)
        try await evidence.save(on: db)
        try await audit(evidence, unit: unit, action: "update", after: ["title": metadata.title], by: actor, on: db)
    }

    /// Ties the evidence to an LKE question of an assessment or to a plan action of its unit.
    static func link(
        _ evidence: Evidence, to target: EvidenceTarget, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> EvidenceLink {
        var existing = EvidenceLink.query(on: db).filter(\.$evidence.$id == evidence.id!)
        switch target {
        case .question(let assessment, let questionID):
            existing = existing.filter(\.$assessment.$id == assessment.id!).filter(\.$questionID == questionID)
        case .action(let action):
            existing = existing.filter(\.$action.$id == action.id!)
        }
        if try await existing.count() > 0 { throw AppError.conflict("evidence_link_exists") }
        let link = EvidenceLink()
        link.$evidence.id = evidence.id!
        switch target {
        case .question(let assessment, let questionID):
            link.$assessment.id = assessment.id
            link.questionID = questionID
        case .action(let action):
            link.$action.id = action.id
        }
        link.reviewStatus = EvidenceReviewStatus.pending.rawValue
        try await link.create(on: db)
        try await audit(evidence, unit: unit, action: "link", after: target.auditFields, by: actor, on: db)
        return link
    }

    /// Removes a link (its review history with it).
    static func unlink(_ link: EvidenceLink, evidence: Evidence, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        try await link.delete(on: db)
        try await audit(evidence, unit: unit, action: "unlink", after: ["link": link.id!.uuidString], by: actor, on: db)
    }

    /// The TPI's verdict on a link, for the evidence's current version; a note is required
    /// unless it is accepted. The history of verdicts is kept.
    static func review(
        _ link: EvidenceLink, status: EvidenceReviewStatus, note: String?, evidence: Evidence, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        var validator = Validator()
        let note = validator.optional("note", note, max: 4000)
        if status == .pending { validator.add("status", "validation.choice") }
        if status != .accepted && note == nil { validator.add("note", "validation.review_note") }
        try validator.check()
        link.reviewStatus = status.rawValue
        link.reviewNote = note
        try await link.save(on: db)
        let review = EvidenceReview()
        review.$link.id = link.id!
        review.version = evidence.currentVersion
        review.status = status.rawValue
        review.note = note
        review.reviewer = actor.name
        try await review.create(on: db)
        try await audit(
            evidence, unit: unit, action: "review",
            after: ["link": link.id!.uuidString, "status": status.rawValue, "version": String(evidence.currentVersion)],
            by: actor, on: db)
    }

    /// Deletes softly; refused while a concluded (locked) assessment relies on the evidence.
    static func delete(_ evidence: Evidence, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        let relied = try await EvidenceLink.query(on: db).filter(\.$evidence.$id == evidence.id!)
            .join(Assessment.self, on: \EvidenceLink.$assessment.$id == \Assessment.$id)
            .filter(Assessment.self, \.$status == .concluded).count()
        if relied > 0 { throw AppError.conflict("evidence_locked") }
        try await evidence.delete(on: db)
        try await audit(evidence, unit: unit, action: "delete", after: ["title": evidence.title], by: actor, on: db)
    }

    private static func addVersionRow(
        _ number: Int, file: StoredFile, to evidence: Evidence, by actor: AuditActor,
        on db: any Database
    ) async throws {
        let version = EvidenceVersion()
        version.$evidence.id = evidence.id!
        version.number = number
        version.sha256 = file.sha256
        version.size = file.size
        version.fileType = file.type.rawValue
        version.fileName = file.fileName
        version.uploadedBy = actor.name
        try await version.create(on: db)
    }

    private static func apply(_ metadata: EvidenceMetadata.Checked, to evidence: Evidence) {
        evidence.title = metadata.title
        evidence.description = metadata.description
        evidence.kind = metadata.kind.rawValue
        evidence.documentNumber = metadata.documentNumber
        evidence.documentDate = metadata.documentDate?.description
        evidence.tags = metadata.tags.joined(separator: ",")
    }

    private static func audit(
        _ evidence: Evidence, unit: WorkUnit, action: String, after: [String: String],
        by actor: AuditActor, on db: any Database
    ) async throws {
        try await AuditLog.record("evidence", id: evidence.id, action: action, unit: unit, after: after, by: actor, on: db)
    }
}

/// What a piece of evidence proves.
enum EvidenceTarget: Sendable {
    case question(Assessment, String)
    case action(WorkPlanAction)

    var auditFields: [String: String] {
        switch self {
        case .question(let assessment, let id): ["assessment": assessment.id!.uuidString, "question": id]
        case .action(let action): ["action": action.id!.uuidString]
        }
    }
}
