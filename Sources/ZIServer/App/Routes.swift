import Vapor

/// Every route of SIZI. Each protected route asks ``AccessPolicy`` through `req.require`.
func routes(_ app: Application, settings: Settings, poolSize: Int) throws {
    OperationsController(poolSize: poolSize).register(app.routes)

    let api = app.routes.grouped("api", "v1").grouped(SessionAuthenticator(kind: .api))
    let auth = AuthAPIController(settings: settings)
    auth.registerPublic(api)
    let apiProtected = api.grouped(RequireLogin(redirectToLogin: false))
    auth.registerProtected(apiProtected)
    try apiProtected.register(collection: InstansiAPIController())
    try apiProtected.register(collection: UnitAPIController())
    try apiProtected.register(collection: UserAPIController())
    try apiProtected.register(collection: AssessmentAPIController())
    try apiProtected.register(collection: PlanAPIController())
    try apiProtected.register(collection: MonevAPIController())
    try apiProtected.register(collection: PlanDocumentController())
    try apiProtected.register(collection: EvidenceAPIController())
    try apiProtected.register(collection: EvidenceOverviewController())
    try apiProtected.register(collection: ComplaintAPIController())
    TasksController().registerAPI(apiProtected)
    PrerequisiteController().registerAPI(apiProtected)
    apiProtected.get("audit") { req in
        try await AuditQuery.page(req, filter: AuditFilter(req), page: PageRequest(req))
    }

    let web = app.routes
        .grouped(SessionAuthenticator(kind: .web))
        .grouped(CSRFCookieWriter(settings: settings))
        .grouped(CSRFProtection())
    LoginWebController(settings: settings).register(web)
    PublicComplaintController().register(web)
    let webProtected = web.grouped(RequireLogin(redirectToLogin: true))
    try webProtected.register(collection: DashboardWebController())
    try webProtected.register(collection: UnitWebController())
    try webProtected.register(collection: UserWebController())
    try webProtected.register(collection: ProfileWebController())
    try webProtected.register(collection: AuditWebController())
    try webProtected.register(collection: AssessmentWebController())
    try webProtected.register(collection: PlanWebController())
    try webProtected.register(collection: PlanEditWebController())
    try webProtected.register(collection: PlanHeaderWebController())
    try webProtected.register(collection: PlanImportWebController())
    try webProtected.register(collection: MonevWebController())
    try webProtected.register(collection: PlanDocumentController())
    try webProtected.register(collection: EvidenceWebController())
    try webProtected.register(collection: ComplaintWebController())
    TasksController().registerWeb(webProtected)
    PrerequisiteController().registerWeb(webProtected)
}
