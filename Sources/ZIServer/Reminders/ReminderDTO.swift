import Foundation
import Vapor
import ZICore

/// A reminder as its recipient (or the administrator, for delivery) sees it.
struct ReminderDTO: Content {
    let id: UUID
    let kind: String
    let kindLabel: String
    let title: String
    let unitName: String
    let dueOn: String
    let link: String
    /// `none`, `pending`, `digest`, `sent` or `failed`.
    let mailState: String
    let mailStateLabel: String
    let attempts: Int
    let lastError: String?
    let createdAt: Date?
    let readAt: Date?

    init(_ reminder: Reminder) {
        id = reminder.id!
        kind = reminder.kind
        kindLabel = RequestNames.current(ReminderKind.self, raw: reminder.kind)
        title = reminder.title
        unitName = reminder.unitName
        dueOn = reminder.dueOn
        link = reminder.link
        mailState = reminder.mailState.rawValue
        mailStateLabel = RequestNames.current(reminder.mailState)
        attempts = reminder.attempts
        lastError = reminder.lastError
        createdAt = reminder.createdAt
        readAt = reminder.readAt
    }
}
