import Vapor

/// The staff URLs from before every staff page spoke English (`/risiko/…`, `/gratifikasi/…`,
/// `…/data-dukung`, `baru`/`ubah` …): a bookmark to one is answered with a 301 to its
/// ``SitePath``, its parameters and query string kept. Only pages and downloads (GET): forms
/// are always sent from the current pages.
enum LegacyPath {
    static let redirects: [(old: String, new: SitePath)] = [
        ("/assessments/:assessmentID/data-dukung", .assessmentEvidence),
        ("/plans/:planID/data-dukung", .planEvidence),
        ("/units/:unitID/survei", .unitSurvey),
        ("/units/:unitID/survei/report.docx", .unitSurveyReportDocx),
        ("/units/:unitID/survei/report.xlsx", .unitSurveyReportXlsx),
        ("/units/:unitID/persepsi", .unitPerception),
        ("/units/:unitID/gratifikasi", .unitGratification),
        ("/gratifikasi/:reportID", .gratification),
        ("/gratifikasi/:reportID/attachments/:attachmentID", .gratificationAttachment),
        ("/units/:unitID/benturan-kepentingan", .unitConflicts),
        ("/pakta", .pact),
        ("/units/:unitID/risiko", .unitRisks),
        ("/units/:unitID/risiko/baru", .unitRisksNew),
        ("/units/:unitID/risiko/export.xlsx", .unitRisksExportXlsx),
        ("/risiko/:riskID", .risk),
        ("/risiko/:riskID/ubah", .riskEdit),
    ]

    /// Registers the redirects on `routes` (the pages, before login: the new page asks for it).
    static func register(_ routes: any RoutesBuilder) {
        for (old, new) in redirects {
            let components = old.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
            let names = components.compactMap { component -> String? in
                if case .parameter(let name) = component { return name }
                return nil
            }
            routes.get(components) { req -> Response in
                let values = names.map { req.parameters.get($0) ?? "" }
                let query = req.url.query.map { "?" + $0 } ?? ""
                return req.redirect(to: SitePath.fill(new.rawValue, values) + query, redirectType: .permanent)
            }
        }
    }
}
