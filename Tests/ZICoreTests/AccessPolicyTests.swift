import Foundation
import XCTest
@testable import ZICore

/// The role model: which role may do what, where, and how far down the unit tree it reaches.
final class AccessPolicyTests: XCTestCase {
    let instansi = UUID(), otherInstansi = UUID()
    let parent = UUID(), child = UUID(), otherUnit = UUID()

    var parentTarget: AccessTarget { .unit(id: parent, instansiID: instansi, ancestorIDs: []) }
    var childTarget: AccessTarget { .unit(id: child, instansiID: instansi, ancestorIDs: [parent]) }
    var otherTarget: AccessTarget { .unit(id: otherUnit, instansiID: otherInstansi, ancestorIDs: []) }

    func testSuperAdminMayDoEverythingEverywhereButReadWhistleblowingReports() {
        let grants = [RoleGrant(role: .superAdmin, scope: .global)]
        for permission in Permission.allCases where !Permission.designatedOnly.contains(permission) {
            XCTAssertTrue(AccessPolicy.allows(grants, permission, on: .installation))
            XCTAssertTrue(AccessPolicy.allows(grants, permission, on: otherTarget))
        }
        XCTAssertFalse(AccessPolicy.allows(grants, .handleWhistleblowing, on: otherTarget), "only a designated handler")
    }

    func testWhistleblowingHandlerHandlesOnlyTheirOwnUnitAndNothingElse() {
        let handler = [RoleGrant(role: .pengelolaWBS, scope: .unit(parent, area: nil))]
        XCTAssertTrue(AccessPolicy.allows(handler, .handleWhistleblowing, on: parentTarget))
        XCTAssertTrue(AccessPolicy.allows(handler, .viewWhistleblowingStatistics, on: parentTarget))
        XCTAssertFalse(AccessPolicy.allows(handler, .handleWhistleblowing, on: childTarget), "not the units below")
        XCTAssertFalse(AccessPolicy.allows(handler, .viewUnit, on: parentTarget))
        for role in [Role.adminInstansi, .pimpinan, .evaluatorTPI] {
            let grants = [RoleGrant(role: role, scope: role.scopeKind == .unit ? .unit(parent, area: nil) : .instansi(instansi))]
            XCTAssertTrue(AccessPolicy.allows(grants, .viewWhistleblowingStatistics, on: parentTarget), "\(role)")
            XCTAssertFalse(AccessPolicy.allows(grants, .handleWhistleblowing, on: parentTarget), "\(role)")
        }
    }

    func testAgencyAdminManagesItsOwnAgencyOnly() {
        let grants = [RoleGrant(role: .adminInstansi, scope: .instansi(instansi))]
        XCTAssertTrue(AccessPolicy.allows(grants, .createUnit, on: .instansi(instansi)))
        XCTAssertTrue(AccessPolicy.allows(grants, .deleteUnit, on: childTarget))
        XCTAssertTrue(AccessPolicy.allows(grants, .manageUsers, on: .instansi(instansi)))
        XCTAssertFalse(AccessPolicy.allows(grants, .viewUnit, on: otherTarget))
        XCTAssertFalse(AccessPolicy.allows(grants, .createInstansi, on: .installation))
        XCTAssertFalse(AccessPolicy.allows(grants, .manageUsers, on: .installation))
    }

    func testEvaluatorReadsTheWholeAgencyButEditsNothing() {
        let grants = [RoleGrant(role: .evaluatorTPI, scope: .instansi(instansi))]
        XCTAssertTrue(AccessPolicy.allows(grants, .viewUnit, on: childTarget))
        XCTAssertTrue(AccessPolicy.allows(grants, .viewInstansi, on: .instansi(instansi)))
        for permission in [Permission.editUnit, .createUnit, .deleteUnit, .manageProgramme, .manageUsers, .viewAudit] {
            XCTAssertFalse(AccessPolicy.allows(grants, permission, on: parentTarget), "\(permission)")
        }
        XCTAssertFalse(AccessPolicy.allows(grants, .viewUnit, on: otherTarget))
    }

    func testHeadReachesSubUnitsButTeamMembersStayInTheirUnit() {
        let head = [RoleGrant(role: .pimpinan, scope: .unit(parent, area: nil))]
        XCTAssertTrue(AccessPolicy.allows(head, .manageProgramme, on: childTarget))
        XCTAssertFalse(AccessPolicy.allows(head, .createUnit, on: parentTarget))
        let member = [RoleGrant(role: .anggotaTim, scope: .unit(parent, area: nil))]
        XCTAssertTrue(AccessPolicy.allows(member, .viewUnit, on: parentTarget))
        XCTAssertFalse(AccessPolicy.allows(member, .viewUnit, on: childTarget))
        XCTAssertFalse(AccessPolicy.allows(member, .editUnit, on: parentTarget))
        let childMember = [RoleGrant(role: .anggotaTim, scope: .unit(child, area: nil))]
        XCTAssertFalse(AccessPolicy.allows(childMember, .viewUnit, on: parentTarget), "roles never reach upward")
    }

    func testNoGrantsMeansNothing() {
        for permission in Permission.allCases {
            XCTAssertFalse(AccessPolicy.allows([], permission, on: parentTarget))
        }
    }

    func testGrantsMustFitTheirRole() {
        XCTAssertThrowsError(try RoleGrant.validated(role: .superAdmin, scope: .instansi(instansi)))
        XCTAssertThrowsError(try RoleGrant.validated(role: .evaluatorTPI, scope: .unit(parent, area: nil)))
        XCTAssertThrowsError(try RoleGrant.validated(role: .pegawai, scope: .global))
        XCTAssertThrowsError(try RoleGrant.validated(role: .koordinatorArea, scope: .unit(parent, area: nil))) { error in
            XCTAssertEqual(error as? RoleGrantError, .areaRequired)
        }
        XCTAssertThrowsError(try RoleGrant.validated(role: .koordinatorArea, scope: .unit(parent, area: 7))) { error in
            XCTAssertEqual(error as? RoleGrantError, .areaOutOfRange(7))
        }
        XCTAssertThrowsError(try RoleGrant.validated(role: .anggotaTim, scope: .unit(parent, area: 2)))
        XCTAssertNoThrow(try RoleGrant.validated(role: .koordinatorArea, scope: .unit(parent, area: 6)))
    }
}

/// Assessment rights: who fills, submits, reviews, and how far an area coordinator reaches.
final class AssessmentAccessTests: XCTestCase {
    let instansi = UUID(), unit = UUID()
    var target: AccessTarget { .unit(id: unit, instansiID: instansi, ancestorIDs: []) }

    func testAreaCoordinatorFillsOnlyTheirArea() {
        let grants = [RoleGrant(role: .koordinatorArea, scope: .unit(unit, area: 3))]
        XCTAssertTrue(AccessPolicy.allows(grants, .fillAssessment, on: target.narrowed(toArea: 3)))
        XCTAssertFalse(AccessPolicy.allows(grants, .fillAssessment, on: target.narrowed(toArea: 4)))
        XCTAssertFalse(AccessPolicy.allows(grants, .fillAssessment, on: target.narrowed(toArea: nil)), "hasil is not an area")
        XCTAssertTrue(AccessPolicy.allows(grants, .viewAssessment, on: target))
        XCTAssertFalse(AccessPolicy.allows(grants, .submitAssessment, on: target))
    }

    func testTeamFillsHeadSubmitsEvaluatorReviews() {
        let member = [RoleGrant(role: .anggotaTim, scope: .unit(unit, area: nil))]
        XCTAssertTrue(AccessPolicy.allows(member, .fillAssessment, on: target.narrowed(toArea: nil)))
        XCTAssertFalse(AccessPolicy.allows(member, .submitAssessment, on: target))
        let head = [RoleGrant(role: .pimpinan, scope: .unit(unit, area: nil))]
        XCTAssertTrue(AccessPolicy.allows(head, .submitAssessment, on: target))
        XCTAssertFalse(AccessPolicy.allows(head, .reviewAssessment, on: target))
        let evaluator = [RoleGrant(role: .evaluatorTPI, scope: .instansi(instansi))]
        XCTAssertTrue(AccessPolicy.allows(evaluator, .reviewAssessment, on: target))
        XCTAssertTrue(AccessPolicy.allows(evaluator, .viewRollup, on: .instansi(instansi)))
        XCTAssertFalse(AccessPolicy.allows(evaluator, .fillAssessment, on: target.narrowed(toArea: 1)), "the evaluator never fills")
        XCTAssertFalse(AccessPolicy.allows([RoleGrant(role: .pegawai, scope: .unit(unit, area: nil))], .viewAssessment, on: target))
    }
}

/// Tabel 5 (PermenPANRB 5/2024) as data.
final class SubmissionPrerequisitesTests: XCTestCase {
    func testThresholdsPerPredicateAndAgencyKind() throws {
        let table = try SubmissionPrerequisites.bundled()
        let rb = try XCTUnwrap(table.items.first { $0.id == "indeks-rb" })
        XCTAssertEqual(table.isMet(rb, value: "CC", predicate: "wbk", pemerintahDaerah: true), true)
        XCTAssertEqual(table.isMet(rb, value: "CC", predicate: "wbk", pemerintahDaerah: false), false)
        XCTAssertEqual(table.isMet(rb, value: "BB", predicate: "wbbm", pemerintahDaerah: false), true)
        XCTAssertNil(table.isMet(rb, value: nil, predicate: "wbk", pemerintahDaerah: false))
        let opinion = try XCTUnwrap(table.items.first { $0.id == "opini-bpk" })
        XCTAssertEqual(table.isMet(opinion, value: "WDP", predicate: "wbk", pemerintahDaerah: false), false)
        let followUp = try XCTUnwrap(table.items.first { $0.id == "tindak-lanjut-pengawasan" })
        XCTAssertEqual(table.isMet(followUp, value: "99.5", predicate: "wbk", pemerintahDaerah: false), false)
        XCTAssertFalse(table.isValid("101", for: followUp))
        XCTAssertEqual(table.items.filter { $0.level == .instansi }.count, 4)
        XCTAssertEqual(table.items.filter { $0.level == .unit }.count, 6)
    }
}
