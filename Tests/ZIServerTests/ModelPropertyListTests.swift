import FluentKit
import XCTest

@testable import ZIServer

/// The models that list their Fluent properties by hand (to spare Fluent's reflection on every
/// row) list exactly the properties their declarations have: a field added to a model and not to
/// its list would silently never be read or written.
final class ModelPropertyListTests: XCTestCase {
    func testEveryHandListNamesEveryDeclaredProperty() {
        let models: [any Fields] = [
            WorkUnit(), Instansi(), Assessment(), AssessmentAnswer(), WorkPlan(), WorkPlanArea(), WorkPlanIndicator(),
            WorkPlanAction(), MonevRealisation(), MonevMeeting(), MonevFinding(), Employee(), PortalRBToken(), PortalRBCall(),
            UnitProposal(), ProposalRound(), EvidenceLink(), EvidenceShare(),
        ]
        for model in models {
            let declared = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map {
                ObjectIdentifier($0 as AnyObject)
            }
            let listed = model.properties.map { ObjectIdentifier($0 as AnyObject) }
            XCTAssertEqual(listed.count, declared.count, "\(type(of: model)) lists \(listed.count) of \(declared.count) properties")
            XCTAssertEqual(Set(listed), Set(declared), "\(type(of: model))")
        }
    }
}
