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
    PrerequisiteController().registerAPI(apiProtected)
    apiProtected.get("audit") { req in
        try await AuditQuery.page(req, filter: AuditFilter(req), page: PageRequest(req))
    }

    let web = app.routes
        .grouped(SessionAuthenticator(kind: .web))
        .grouped(CSRFCookieWriter(settings: settings))
        .grouped(CSRFProtection())
    LoginWebController(settings: settings).register(web)
    let webProtected = web.grouped(RequireLogin(redirectToLogin: true))
    try webProtected.register(collection: DashboardWebController())
    try webProtected.register(collection: UnitWebController())
    try webProtected.register(collection: UserWebController())
    try webProtected.register(collection: ProfileWebController())
    try webProtected.register(collection: AuditWebController())
    try webProtected.register(collection: AssessmentWebController())
    PrerequisiteController().registerWeb(webProtected)
}
