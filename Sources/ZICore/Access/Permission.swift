/// Something a person may want to do in SIZI. Routes ask ``AccessPolicy`` for one of these.
public enum Permission: String, CaseIterable, Sendable {
    /// Create a new agency (instansi). Only the super-admin.
    case createInstansi
    /// See an agency and its unit tree.
    case viewInstansi
    /// Change an agency's name and code.
    case editInstansi
    /// See a unit's profile and ZI programme.
    case viewUnit
    /// Add a unit (at the top of an agency or below a unit).
    case createUnit
    /// Change a unit's profile (name, code, address, head, parent).
    case editUnit
    /// Remove a unit that holds no data.
    case deleteUnit
    /// Set a unit's ZI programme for a year (target predicate, pencanangan, status).
    case manageProgramme
    /// Create accounts and grant roles.
    case manageUsers
    /// Read the audit trail.
    case viewAudit
    /// See a unit's LKE assessments, scores and gap analysis.
    case viewAssessment
    /// Answer the self-assessment (an area coordinator only in their area).
    case fillAssessment
    /// Hand the self-assessment to the TPI.
    case submitAssessment
    /// Give the TPI's answers and conclude the evaluation.
    case reviewAssessment
    /// Re-open a submitted or concluded assessment (audited, with a reason).
    case reopenAssessment
    /// Record the TPN submission prerequisites (Tabel 5).
    case managePrerequisites
    /// See the agency-wide roll-up of assessment results (and the list of proposed units).
    case viewRollup
    /// Set the agency's list of units proposed to KemenPANRB, its cut-off, and confirm it.
    case manageProposals
    /// Make and revoke the tokens PortalRB uses to fetch the proposals and the LKE answers.
    case managePortalRB
    /// See a unit's work plan (Rencana Kerja), its monev and the generated documents.
    case viewPlan
    /// Start, import and re-import a plan; edit its narrative, teams and priority targets.
    case managePlan
    /// Edit the plan's indicators and actions (an area coordinator only in their area).
    case editPlanActions
    /// Approve (lock) a plan and re-open it.
    case approvePlan
    /// Record monev: realisation per period, meetings, findings and follow-ups.
    case recordMonev
    /// List and download a unit's evidence (data dukung).
    case viewEvidence
    /// Upload evidence, add versions, link it to LKE questions and plan actions, delete it.
    case manageEvidence
    /// Review evidence links as the TPI (accepted / needs revision / rejected).
    case reviewEvidence
    /// See a unit's public complaints, their handling and the reports.
    case viewComplaints
    /// Enter complaints received by other channels, move them through their stages, reply.
    case handleComplaints
    /// Keep the table of public holidays (for deadlines in working days).
    case manageHolidays
    /// See a unit's employee register and the integrity registers the LKE counts (pakta
    /// integritas, LHKPN/LHKASN, discipline, agents of change, simplified services).
    case viewRegisters
    /// Keep those registers: employees (also by import), signatures, filings, cases, changes.
    case manageRegisters
    /// Report a gift one received or refused, and follow one's own reports.
    case reportGratification
    /// Act as the unit's UPG: read every gratification report, move it to KPK, keep the campaign log.
    case manageGratification
    /// Read and handle the unit's whistleblowing reports (only with the handler's own key; see
    /// ``designatedOnly``).
    case handleWhistleblowing
    /// See the unit's whistleblowing counts by status and period (never a report's content).
    case viewWhistleblowingStatistics
    /// See a unit's SPIP risk register, its heat maps, control actions and monitoring.
    case viewRisks
    /// Add, change and delete risks, their control actions and quarterly monitoring.
    case manageRisks

    /// Permissions that only a role designated for them gives, never the super-admin's "everything":
    /// an administrator must not be able to read whistleblowing reports by holding every permission.
    public static let designatedOnly: Set<Permission> = [.handleWhistleblowing]
}
