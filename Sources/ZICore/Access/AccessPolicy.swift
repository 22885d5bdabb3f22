import Foundation

/// The one place that decides whether a person may do something somewhere.
///
/// Every route asks ``allows(_:_:on:)`` with the person's grants; nothing else in
/// SIZI checks roles. The table of what each role may do is ``permissions(of:)``.
public enum AccessPolicy {
    /// What a role may do within its scope.
    public static func permissions(of role: Role) -> Set<Permission> {
        switch role {
        case .superAdmin:
            Set(Permission.allCases).subtracting(Permission.designatedOnly)
        case .adminInstansi:
            [
                .viewInstansi, .editInstansi, .viewUnit, .createUnit, .editUnit, .deleteUnit,
                .manageProgramme, .manageUsers, .viewAudit, .viewAssessment, .reopenAssessment,
                .managePrerequisites, .viewRollup, .viewPlan, .viewEvidence, .viewComplaints, .viewRegisters, .manageRegisters,
                .viewWhistleblowingStatistics, .viewRisks, .manageProposals, .managePortalRB,
            ]
        case .pimpinan:
            [
                .viewUnit, .editUnit, .manageProgramme, .viewAssessment, .fillAssessment, .submitAssessment,
                .managePrerequisites, .viewPlan, .managePlan, .editPlanActions, .approvePlan, .recordMonev,
                .viewEvidence, .manageEvidence, .viewComplaints, .handleComplaints, .viewRegisters, .manageRegisters,
                .reportGratification, .manageGratification, .viewWhistleblowingStatistics, .viewRisks, .manageRisks,
            ]
        case .evaluatorTPI:
            [
                .viewInstansi, .viewUnit, .viewAssessment, .reviewAssessment, .reopenAssessment, .viewRollup, .viewPlan,
                .viewEvidence, .reviewEvidence, .viewComplaints, .viewRegisters, .viewWhistleblowingStatistics, .viewRisks,
            ]
        case .koordinatorArea:
            [
                .viewUnit, .viewAssessment, .fillAssessment, .viewPlan, .editPlanActions, .recordMonev, .viewEvidence, .manageEvidence,
                .viewComplaints, .handleComplaints, .viewRegisters, .reportGratification, .viewRisks, .manageRisks,
            ]
        case .anggotaTim:
            [
                .viewUnit, .viewAssessment, .fillAssessment, .viewPlan, .managePlan, .editPlanActions, .recordMonev,
                .viewEvidence, .manageEvidence, .viewComplaints, .handleComplaints, .viewRegisters, .manageRegisters,
                .reportGratification, .manageGratification, .viewRisks, .manageRisks,
            ]
        case .agenPerubahan, .pegawai:
            [.viewUnit, .viewPlan, .viewEvidence, .reportGratification]
        case .pengelolaWBS:
            // Deliberately nothing else: a handler who also works on the unit's ZI holds a second role.
            [.handleWhistleblowing, .viewWhistleblowingStatistics]
        }
    }

    /// Whether any of `grants` allows `permission` on `target`.
    public static func allows(_ grants: [RoleGrant], _ permission: Permission, on target: AccessTarget) -> Bool {
        grants.contains { grant in
            permissions(of: grant.role).contains(permission) && covers(grant, target)
        }
    }

    /// Whether a grant's scope reaches the target.
    static func covers(_ grant: RoleGrant, _ target: AccessTarget) -> Bool {
        switch grant.scope {
        case .global:
            return true
        case .instansi(let held):
            // Agency roles reach the agency and every unit in it, never the installation.
            return target.instansiID == held
        case .unit(let held, let heldArea):
            // Unit roles reach their unit (and, for some roles, the units below), never upward
            // and never agency-wide; a role held for one area reaches only that area.
            guard let (unitID, ancestors) = target.unitPath else { return false }
            let reachesUnit = held == unitID || (grant.role.appliesToSubUnits && ancestors.contains(held))
            guard case .unitArea(_, _, _, let area) = target else { return reachesUnit }
            return reachesUnit && (heldArea == nil || heldArea == area)
        }
    }
}
