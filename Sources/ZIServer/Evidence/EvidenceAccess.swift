import Fluent
import Vapor
import ZICore

/// Finds evidence (and its links and versions) for a route and checks what the requester may do.
enum EvidenceAccess {
    /// The evidence named by `evidenceID` and its unit, after checking `permission` (404/403
    /// otherwise). Deleted evidence is not found.
    static func load(_ req: Request, _ permission: Permission = .viewEvidence) async throws -> (Evidence, WorkUnit) {
        try await req.unitRecord(Evidence.self, "evidenceID", requiring: permission)
    }

    /// The link named by `linkID`, which must belong to `evidence`.
    static func link(_ req: Request, of evidence: Evidence) async throws -> EvidenceLink {
        guard let id = req.parameters.get("linkID", as: UUID.self), let link = try await EvidenceLink.find(id, on: req.db),
            link.$evidence.id == evidence.id
        else { throw AppError.notFound }
        return link
    }

    /// What a link body names, checked to be in the evidence's unit: an LKE question of one of
    /// the unit's assessments, or an action of one of the unit's plans.
    static func target(_ body: LinkBody, unit: WorkUnit, req: Request) async throws -> EvidenceTarget {
        if let actionID = body.actionID {
            guard let action = try await WorkPlanAction.find(actionID, on: req.db),
                let plan = try await WorkPlan.find(action.$plan.id, on: req.db), plan.$unit.id == unit.id
            else {
                throw AppError.validation([FieldError(field: "actionID", key: "validation.evidence_target")])
            }
            return .action(action)
        }
        guard let assessmentID = body.assessmentID, let questionID = body.questionID,
            let assessment = try await Assessment.find(assessmentID, on: req.db), assessment.$unit.id == unit.id
        else {
            throw AppError.validation([FieldError(field: "assessmentID", key: "validation.evidence_target")])
        }
        guard try req.application.lke.entry(assessment.frameworkID).questions[questionID] != nil else {
            throw AppError.validation([FieldError(field: "questionID", key: "validation.lke_question")])
        }
        return .question(assessment, questionID)
    }

    /// The link target named by form fields, if any (checked to be in the unit).
    static func target(fields: [String: String], unit: WorkUnit, req: Request) async throws -> EvidenceTarget? {
        let body = EvidenceAccess.LinkBody(
            assessmentID: fields["assessmentID"].flatMap(UUID.init(uuidString:)),
            questionID: fields["questionID"].flatMap { $0.isEmpty ? nil : $0 },
            actionID: fields["actionID"].flatMap(UUID.init(uuidString:)))
        guard body.actionID != nil || body.assessmentID != nil else { return nil }
        return try await target(body, unit: unit, req: req)
    }

    /// A link as a request names it.
    struct LinkBody: Content {
        var assessmentID: UUID?
        var questionID: String?
        var actionID: UUID?
    }
}

extension Evidence: UnitRecord { var unitID: UUID { $unit.id } }
