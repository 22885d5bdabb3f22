import Fluent
import Vapor
import ZICore

/// A follow-up of the survey results (an improvement per element) as listed, on the staff
/// page and the public unit page.
struct SurveyFollowUpDTO: Content {
    let id: UUID
    let period: String
    let element: String
    let elementName: String
    let action: String
    let owner: String?
    let dueOn: String?
    let status: String
    let statusLabel: String

    init(_ row: SurveyFollowUp) {
        let names = RequestNames.current
        id = row.id!
        period = row.period
        element = row.element
        elementName = SKMElement(rawValue: row.element).map { "\($0.code) \($0.name)" } ?? row.element
        action = row.action
        owner = row.owner
        dueOn = row.dueOn
        status = row.status
        statusLabel = names(FollowUpStatus.self, raw: row.status)
    }

    /// The unit's follow-ups, open ones first.
    static func all(of unit: WorkUnit, on db: any Database) async throws -> [SurveyFollowUpDTO] {
        let rows = try await SurveyFollowUp.query(on: db).filter(\.$unit.$id == unit.id!).sort(\.$createdAt).all()
        return FollowUpStatus.sortedForAgenda(
            rows, status: { FollowUpStatus(rawValue: $0.status) ?? .terbuka },
            dueDate: { $0.dueOn.flatMap(CalendarDate.init(iso:)) }
        ).map(SurveyFollowUpDTO.init)
    }
}
