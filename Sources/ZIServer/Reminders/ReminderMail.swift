import Foundation
import ZICore

/// The e-mail of one reminder, or the day's digest of several, in the recipient's language:
/// what is due, where, by when, and the link to open — nothing the recipient could not read in
/// the app, no complaint text, no one else's data.
struct ReminderMail {
    let translations: Translations
    /// The site's address for links; without it the message names the path.
    let publicURL: String?

    /// Subject and body for `reminders` (one as it came, or a digest) of a person writing in `language`.
    func render(_ reminders: [Reminder], digest: Bool, recipientName: String, language: String) -> (subject: String, body: String) {
        let t = { (key: String, arguments: [String]) in translations.text(key, locale: language, arguments) }
        let names = translations.names(language)
        let subject =
            !digest
            ? t("reminder.mail.subject_one", [names(ReminderKind.self, raw: reminders[0].kind), reminders[0].title.prefix(80).description])
            : t("reminder.mail.subject_digest", [String(reminders.count)])
        var lines = [t("reminder.mail.greeting", [recipientName]), ""]
        for reminder in reminders {
            let due = CalendarDate(iso: reminder.dueOn).map(IndonesianDate.format) ?? reminder.dueOn
            lines.append("• \(names(ReminderKind.self, raw: reminder.kind)): \(reminder.title)")
            lines.append("  \(t("reminder.mail.where_when", [reminder.unitName, due]))")
            lines.append("  \((publicURL ?? "") + reminder.link)")
        }
        lines += ["", t("reminder.mail.footer", [(publicURL ?? "") + SitePath.notifications.path()])]
        return (subject, lines.joined(separator: "\n"))
    }
}
