import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
import LeafKit
import SQLKit
import Vapor
import ZICore

/// Sets up an application: database, migrations, views, middleware and routes.
///
/// `serve` and the tests call the same function, so what is tested is what runs.
public func configure(_ app: Application, settings: Settings) async throws {
    _ = MetricsRegistry.shared
    let poolSize: Int
    if let url = settings.databaseURL {
        var config = try SQLPostgresConfiguration(url: url)
        config.searchPath = ["public"]
        app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4), as: .psql)
        app.writeGate = WriteGate(serialize: false)
        poolSize = 4 * System.coreCount
    } else {
        try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(settings.sqlitePath), sqlLogLevel: .trace), as: .sqlite)
        app.writeGate = WriteGate(serialize: true)
        poolSize = System.coreCount
    }
    app.secretSealer = try SecretSealer.load(settings: settings)
    app.migrations.add(
        CreateOrganization(), CreateAccounts(), CreateAuditTrail(), CreateAssessments(), CreateWorkPlans(), CreateBlobStorage(),
        CreateEvidence(),
        CreateComplaints(), CreateSurveys(), CreateSurveyFollowUps(),
        CreateAttachments(), CreateComplaintSettings(), CreatePublicDocuments(), CreatePerceptionAnswers(),
        CreateEmployees(), CreateIntegrityRegisters(), CreateGratification(),
        CreateConflictOfInterest(), CreateWhistleblowing(), CreateRiskRegister(), AddSessionSecurity(),
        SealWBSTOTPSecrets(sealer: app.secretSealer), CreateStaffSecondFactors(), CreateProposals(),
        CreatePortalRB(), CreateEvidenceShares(), AddHolidayProvenance(),
        AddAssetReportDeadlines(), AlignComplaintsWithLapor(), CreateReminders(),
        AddUnitServiceType())
    if settings.databaseURL == nil, let sql = app.db as? any SQLDatabase {
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        // With WAL, NORMAL syncs at checkpoints instead of every commit: a crash of SIZI loses
        // nothing committed; only a power cut can lose the last moments (SQLite's recommendation).
        try await sql.raw("PRAGMA synchronous=NORMAL").run()
    }

    app.settings = settings
    app.evidence = EvidenceStorage(settings: settings, app: app)
    PlaintextShredder.sweep(settings.whistleblowingUploadDirectory)
    app.gratificationRules =
        try settings.gratificationRulesDirectory.map { try GratificationRuleBook(directory: URL(fileURLWithPath: $0)) }
        ?? GratificationRuleBook.bundled()
    app.setRiskMatrix(try RiskMatrixStore.load(settings))
    app.clientAddress = ClientAddress(trustedProxies: settings.trustedProxies)
    app.publicRateLimiter = PublicRateLimiter(perMinute: settings.publicSubmissionsPerMinute)
    app.portalRBRateLimiter = PublicRateLimiter(perMinute: settings.portalRBRequestsPerMinute)
    app.publicUploadQuota = PublicUploadQuota(bytesPerDay: settings.publicUploadBytesPerUnitDay)
    app.groupCommit = GroupCommit(write: { [unowned app] body in try await app.write(body) })
    app.lke = try LKECatalog(registry: LKEFrameworkRegistry.bundled(), prerequisites: SubmissionPrerequisites.bundled())
    app.pageWarningSources = [HolidayCalendarWarning()]
    app.worksheetSuggestionSources = [
        MonevWorksheetSuggestions(), ComplaintWorksheetSuggestions(), PerceptionWorksheetSuggestions(),
        RegisterWorksheetSuggestions(),
    ]
    app.prerequisiteSuggestionSources = [AssetReportPrerequisite()]
    app.assessmentCarryParticipants = [EvidenceAssessmentCarry()]
    app.sessionCache = SessionCache(ttl: TimeInterval(settings.sessionCacheSeconds))
    app.scryptGate = ScryptGate(limit: settings.whistleblowing.scryptConcurrency, queueLimit: settings.whistleblowing.scryptQueue)
    app.lifecycle.use(ScryptGateShutdown(gate: app.scryptGate))
    app.wbsKeyVault = WBSKeyVault(idleLimit: TimeInterval(settings.whistleblowing.unlockMinutes * 60))
    app.passwords.use(.bcrypt(cost: settings.bcryptCost))
    app.storage[LoginService.DummyHashKey.self] = try app.password.hash(Tokens.random())

    guard let resources = Bundle.module.resourceURL else { throw SettingsError(key: "resources", message: "missing") }
    app.translations = try Translations(directory: resources.appendingPathComponent("Locales"))
    app.views.use(.leaf)
    // Templates are named only by code; the default "visible files" limit would refuse the
    // resource bundle inside `.build/` during development.
    let views = resources.appendingPathComponent("Views").path + "/"
    app.leaf.sources = .singleSource(
        NIOLeafFiles(
            fileio: app.fileio, limits: [.toSandbox, .onlyLeafExtensions],
            sandboxDirectory: views, viewDirectory: views))
    app.leaf.tags["t"] = TranslateTag()
    app.leaf.tags["locale"] = LocaleTag()
    app.leaf.tags["path"] = PathTag()

    app.routes.defaultMaxBodySize = "1mb"
    // A connection that neither sends nor receives for a minute is closed (a stalled client).
    app.http.server.configuration.idleTimeout = .seconds(60)
    // Stable key order and ISO 8601 dates make API answers diffable and easy to consume.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)
    LogPrivacyFilter.install(on: app)
    app.middleware = Middlewares()
    app.middleware.use(ClockMiddleware())
    app.middleware.use(NamesMiddleware())
    app.middleware.use(PrivacyRouteLogging(logLevel: .info))
    // Outside the error responder, so error pages get the security headers too.
    app.middleware.use(SecurityHeaders())
    app.middleware.use(ErrorResponder())
    app.middleware.use(FileMiddleware(publicDirectory: resources.appendingPathComponent("Public").path + "/"))

    try routes(app, settings: settings, poolSize: poolSize)
}
