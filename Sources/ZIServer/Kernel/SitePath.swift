import Vapor

/// Every path SIZI serves — pages, downloads and API resources — named once. The raw value is
/// the pattern (`:unitID` marks a parameter). Routes are registered with it
/// (`routes.get(.unitComplaints, use: index)`, under `/api/v1` for the API), code links and
/// redirects with ``path(_:)`` (`SitePath.unit.path(unit.id!)` → `/units/…`), and templates with
/// `#path("unit", data.unit.id)`. Staff pages and the API speak English; the public pages
/// (`/publik/…`, `/pengaduan/…`, `/wbs/lacak`) Indonesian. Old staff URLs answer with a 301 to
/// their new path (``LegacyPath``).
package enum SitePath: String, CaseIterable, Sendable {
    case home = "/"

    case adminNotifications = "/admin/notifications"

    case assessment = "/assessments/:assessmentID"
    case assessmentAnswerSheet = "/assessments/:assessmentID/answer-sheet"
    case assessmentAnswers = "/assessments/:assessmentID/answers"
    case assessmentCarry = "/assessments/:assessmentID/carry"
    case assessmentConclude = "/assessments/:assessmentID/conclude"
    case assessmentEvidence = "/assessments/:assessmentID/evidence"
    case assessmentEvidenceZip = "/assessments/:assessmentID/evidence.zip"
    case assessmentEvidenceShareRevoke = "/assessments/:assessmentID/evidence-shares/:shareID/revoke"
    case assessmentExportXlsx = "/assessments/:assessmentID/export.xlsx"
    case assessmentImport = "/assessments/:assessmentID/import"
    case assessmentImportXlsx = "/assessments/:assessmentID/import.xlsx"
    case assessmentOfficialXlsx = "/assessments/:assessmentID/official.xlsx"
    case assessmentOfficialImport = "/assessments/:assessmentID/official-import"
    case assessmentReopen = "/assessments/:assessmentID/reopen"
    case assessmentReviews = "/assessments/:assessmentID/reviews"
    case assessmentSubmit = "/assessments/:assessmentID/submit"
    case assessmentSuggestionAccept = "/assessments/:assessmentID/suggestions/:questionID/accept"

    case assetReport = "/asset-reports/:reportID"

    case audit = "/audit"

    case complaint = "/complaints/:complaintID"
    case complaintAttachment = "/complaints/:complaintID/attachments/:attachmentID"
    case complaintMove = "/complaints/:complaintID/move"
    case complaintReplies = "/complaints/:complaintID/replies"
    case complaintTrack = "/complaints/:complaintID/track"

    case conflictCase = "/conflict-cases/:caseID"

    case employee = "/employees/:employeeID"

    case evidence = "/evidence/:evidenceID"
    case evidenceDelete = "/evidence/:evidenceID/delete"
    case evidenceDownload = "/evidence/:evidenceID/download"
    case evidenceLinks = "/evidence/:evidenceID/links"
    case evidenceLink = "/evidence/:evidenceID/links/:linkID"
    case evidenceLinkDelete = "/evidence/:evidenceID/links/:linkID/delete"
    case evidenceLinkReview = "/evidence/:evidenceID/links/:linkID/review"
    case evidenceVersions = "/evidence/:evidenceID/versions"

    case gratification = "/gratification/:reportID"
    case gratificationAttachment = "/gratification/:reportID/attachments/:attachmentID"
    case gratificationMove = "/gratification/:reportID/move"

    case healthz = "/healthz"

    case holidays = "/holidays"
    case holiday = "/holidays/:date"
    case holidayDelete = "/holidays/:date/delete"
    case holidayMove = "/holidays/:date/move"
    case holidaysVerify = "/holidays/verify"

    case instansi = "/instansi"
    case instansiDetail = "/instansi/:instansiID"
    case instansiRollup = "/instansi/:instansiID/rollup"
    case instansiProposals = "/instansi/:instansiID/proposals/:year"
    case instansiPortalRB = "/instansi/:instansiID/portalrb"
    case instansiPortalRBTokens = "/instansi/:instansiID/portalrb-tokens"
    case instansiPortalRBToken = "/instansi/:instansiID/portalrb-tokens/:tokenID"
    case instansiPortalRBTokenRevoke = "/instansi/:instansiID/portalrb-tokens/:tokenID/revoke"
    case instansiNew = "/instansi/new"

    case lang = "/lang/:code"

    case login = "/login"
    case loginCode = "/login/code"

    case logout = "/logout"

    case me = "/me"
    case mePassword = "/me/password"
    case meSecondFactor = "/me/second-factor"
    case meSecondFactorConfirm = "/me/second-factor/confirm"

    case metrics = "/metrics"

    case notifications = "/notifications"
    case notificationsPreferences = "/notifications/preferences"
    case notificationsRead = "/notifications/read"

    case openAPIDocument = "/openapi.json"

    case pact = "/pact"
    case pactSign = "/pact/sign"

    case complaintTracking = "/pengaduan/lacak"
    case complaintTrackingAnswer = "/pengaduan/lacak/tanggapan"

    case plan = "/plans/:planID"
    case planAction = "/plans/:planID/actions/:actionID"
    case planActionDelete = "/plans/:planID/actions/:actionID/delete"
    case planActionEdit = "/plans/:planID/actions/:actionID/edit"
    case planApprove = "/plans/:planID/approve"
    case planAreas = "/plans/:planID/areas"
    case planAreaIndicators = "/plans/:planID/areas/:areaID/indicators"
    case planDocument = "/plans/:planID/document"
    case planDocumentDocx = "/plans/:planID/document.docx"
    case planEvidence = "/plans/:planID/evidence"
    case planFinding = "/plans/:planID/findings/:findingID"
    case planHeader = "/plans/:planID/header"
    case planImport = "/plans/:planID/import"
    case planImportCommit = "/plans/:planID/import/:uploadID/commit"
    case planIndicator = "/plans/:planID/indicators/:indicatorID"
    case planIndicatorActions = "/plans/:planID/indicators/:indicatorID/actions"
    case planIndicatorActionsNew = "/plans/:planID/indicators/:indicatorID/actions/new"
    case planIndicatorDelete = "/plans/:planID/indicators/:indicatorID/delete"
    case planIndicatorEdit = "/plans/:planID/indicators/:indicatorID/edit"
    case planMeetingFindings = "/plans/:planID/meetings/:meetingID/findings"
    case planMonev = "/plans/:planID/monev"
    case planMonevPeriod = "/plans/:planID/monev/:periodKey"
    case planMonevMeetings = "/plans/:planID/monev/:periodKey/meetings"
    case planMonevRealisations = "/plans/:planID/monev/:periodKey/realisations"
    case planMonevReportDocx = "/plans/:planID/monev/:periodKey/report.docx"
    case planMonevReportXlsx = "/plans/:planID/monev/:periodKey/report.xlsx"
    case planReopen = "/plans/:planID/reopen"
    case planSuggestions = "/plans/:planID/suggestions"
    case planTargets = "/plans/:planID/targets"
    case planTeams = "/plans/:planID/teams"

    case profile = "/profile"
    case profileSecondFactor = "/profile/2fa"
    case profileSecondFactorConfirm = "/profile/2fa/confirm"
    case profileSecondFactorStart = "/profile/2fa/start"
    case profilePassword = "/profile/password"

    /// A question's evidence shared by a signed link (``EvidenceShareService``).
    case evidenceShare = "/bukti/:shareID/:signature"
    case evidenceShareFile = "/bukti/:shareID/:signature/:evidenceID"
    /// PortalRB's endpoints, named in the guide's Indonesian ("Panduan Teknis API Integrasi ZI").
    case portalRBUnitsWBK = "/portalrb/pengusulan/unit-wbk"
    case portalRBUnitsWBBM = "/portalrb/pengusulan/unit-wbbm"
    case portalRBAnswers = "/portalrb/lke/jawaban-unit/:unitRef"
    case publicUnit = "/publik/:unitID"
    case publicMaklumatPdf = "/publik/:unitID/maklumat-pelayanan.pdf"
    case publicComplaint = "/publik/:unitID/pengaduan"
    case publicPerception = "/publik/:unitID/persepsi/:survey"
    case publicPerceptionThanks = "/publik/:unitID/persepsi/:survey/terima-kasih"
    case publicStandarPelayananPdf = "/publik/:unitID/standar-pelayanan.pdf"
    case publicSurveyServices = "/publik/:unitID/survei"
    case publicSurvey = "/publik/:unitID/survei/:serviceID"
    case publicSurveyThanks = "/publik/:unitID/survei/terima-kasih"
    case publicWhistleblowing = "/publik/:unitID/wbs"

    case readyz = "/readyz"

    case risk = "/risks/:riskID"
    case riskActions = "/risks/:riskID/actions"
    case riskAction = "/risks/:riskID/actions/:actionID"
    case riskActionDelete = "/risks/:riskID/actions/:actionID/delete"
    case riskDelete = "/risks/:riskID/delete"
    case riskEdit = "/risks/:riskID/edit"
    case riskMonitoring = "/risks/:riskID/monitoring/:quarter"

    case setup = "/setup"

    case tasks = "/tasks"

    case units = "/units"
    case unit = "/units/:unitID"
    case unitAssessments = "/units/:unitID/assessments"
    case unitComplaints = "/units/:unitID/complaints"
    case unitComplaintsExportCsv = "/units/:unitID/complaints/export.csv"
    case unitComplaintsExportXlsx = "/units/:unitID/complaints/export.xlsx"
    case unitComplaintsReport = "/units/:unitID/complaints/report"
    case unitComplaintsReportDocx = "/units/:unitID/complaints/report.docx"
    case unitComplaintsReportXlsx = "/units/:unitID/complaints/report.xlsx"
    case unitComplaintsSettings = "/units/:unitID/complaints/settings"
    case unitConflicts = "/units/:unitID/conflicts"
    case unitConflictsCases = "/units/:unitID/conflicts/cases"
    case unitConflictsDeclarations = "/units/:unitID/conflicts/declarations"
    case unitConflictsMatrix = "/units/:unitID/conflicts/matrix"
    case unitConflictsMonitoring = "/units/:unitID/conflicts/monitoring"
    case unitDelete = "/units/:unitID/delete"
    case unitEdit = "/units/:unitID/edit"
    case unitEmployees = "/units/:unitID/employees"
    case unitEmployeesImport = "/units/:unitID/employees/import"
    case unitEmployeesImportCommit = "/units/:unitID/employees/import/:uploadID/commit"
    case unitEvidence = "/units/:unitID/evidence"
    case unitGratification = "/units/:unitID/gratification"
    case unitGratificationCampaigns = "/units/:unitID/gratification/campaigns"
    case unitGratificationReport = "/units/:unitID/gratification/report"
    case unitPerception = "/units/:unitID/perception"
    case unitPlans = "/units/:unitID/plans"
    case unitPrerequisites = "/units/:unitID/prerequisites"
    case unitPrerequisitesYear = "/units/:unitID/prerequisites/:year"
    case unitProgrammes = "/units/:unitID/programmes"
    case unitProgramme = "/units/:unitID/programmes/:year"
    case unitPublicDocuments = "/units/:unitID/public-documents/:kind"
    case unitPublicProfile = "/units/:unitID/public-profile"
    case unitRegisters = "/units/:unitID/registers"
    case unitRegistersAgents = "/units/:unitID/registers/agents"
    case unitRegistersAssetObligations = "/units/:unitID/registers/asset-obligations"
    case unitRegistersChanges = "/units/:unitID/registers/changes"
    case unitRegistersDiscipline = "/units/:unitID/registers/discipline"
    case unitRegistersInnovations = "/units/:unitID/registers/innovations"
    case unitRegistersPacts = "/units/:unitID/registers/pacts"
    case unitRegistersSimplifications = "/units/:unitID/registers/simplifications"
    case unitRisks = "/units/:unitID/risks"
    case unitRisksExportXlsx = "/units/:unitID/risks/export.xlsx"
    case unitRisksHeatmap = "/units/:unitID/risks/heatmap"
    case unitRisksNew = "/units/:unitID/risks/new"
    case unitSurvey = "/units/:unitID/survey"
    case unitSurveyDocuments = "/units/:unitID/survey/documents"
    case unitSurveyDocumentDelete = "/units/:unitID/survey/documents/:kind/delete"
    case unitSurveyFollowUps = "/units/:unitID/survey/follow-ups"
    case unitSurveyFollowUp = "/units/:unitID/survey/follow-ups/:followUpID"
    case unitSurveyPublicProfile = "/units/:unitID/survey/public-profile"
    case unitSurveyReportDocx = "/units/:unitID/survey/report.docx"
    case unitSurveyReportXlsx = "/units/:unitID/survey/report.xlsx"
    case unitSurveyServices = "/units/:unitID/survey/services"
    case unitSurveyService = "/units/:unitID/survey/services/:serviceID"
    case unitWbsStatistics = "/units/:unitID/wbs/statistics"
    case unitsNew = "/units/new"

    case users = "/users"
    case user = "/users/:userID"
    case userPassword = "/users/:userID/password"
    case userRoles = "/users/:userID/roles"
    case userRole = "/users/:userID/roles/:roleID"
    case userRoleDelete = "/users/:userID/roles/:roleID/delete"
    case userSecondFactor = "/users/:userID/second-factor"
    case userSecondFactorReset = "/users/:userID/second-factor/reset"
    case usersNew = "/users/new"

    case wbs = "/wbs"
    case wbsKeys = "/wbs/keys"
    case wbsKeysAuthenticator = "/wbs/keys/authenticator"
    case wbsKeysPassword = "/wbs/keys/password"
    case wbsTracking = "/wbs/lacak"
    case wbsTrackingSend = "/wbs/lacak/kirim"
    case wbsLock = "/wbs/lock"
    case wbsRecover = "/wbs/recover"
    case wbsReports = "/wbs/reports"
    case wbsReport = "/wbs/reports/:reportID"
    case wbsReportAttachment = "/wbs/reports/:reportID/attachments/:attachmentID"
    case wbsReportHandlers = "/wbs/reports/:reportID/handlers"
    case wbsReportHandler = "/wbs/reports/:reportID/handlers/:userID"
    case wbsReportHandlersRemove = "/wbs/reports/:reportID/handlers/remove"
    case wbsReportMessages = "/wbs/reports/:reportID/messages"
    case wbsReportNotes = "/wbs/reports/:reportID/notes"
    case wbsReportRetention = "/wbs/reports/:reportID/retention"
    case wbsReportStatus = "/wbs/reports/:reportID/status"
    case wbsUnlock = "/wbs/unlock"

    /// The pattern's components, for registering the route.
    var components: [PathComponent] {
        rawValue.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }

    /// The path with the pattern's parameters filled in, in order. A value missing for a
    /// parameter leaves the parameter as written (never a crash), and a test finds it.
    package func path(_ values: any CustomStringConvertible...) -> String {
        Self.fill(rawValue, values)
    }

    /// The same path under the JSON API (`/api/v1/…`).
    package func apiPath(_ values: any CustomStringConvertible...) -> String {
        "/api/v1" + Self.fill(rawValue, values)
    }

    /// The case whose Swift name is `name` (for `#path("name", …)` in templates).
    static func named(_ name: String) -> SitePath? {
        byName[name]
    }

    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ("\($0)", $0) })

    static func fill(_ pattern: String, _ values: [any CustomStringConvertible]) -> String {
        var remaining = values.makeIterator()
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix(":"), let value = remaining.next() else { return String(segment) }
            return value.description.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? ""
        }
        return segments.joined(separator: "/")
    }
}
