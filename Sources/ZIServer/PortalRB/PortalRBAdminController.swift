import Fluent
import Vapor

/// The agency admin's side of the PortalRB integration: tokens (made, listed, revoked; API and
/// page), the base URL to register in PortalRB, the recent calls, and a preview of exactly what
/// PortalRB receives.
struct PortalRBAdminController {
    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.instansiPortalRBTokens, use: listTokens)
        routes.post(.instansiPortalRBTokens, use: createToken)
        routes.delete(.instansiPortalRBToken, use: revokeToken)
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.instansiPortalRB, use: page)
        routes.post(.instansiPortalRBTokens, use: createTokenFromPage)
        routes.post(.instansiPortalRBTokenRevoke, use: revokeTokenFromPage)
    }

    /// The agency named by the path, after checking that the requester manages its PortalRB link.
    private func instansi(_ req: Request) async throws -> Instansi {
        guard let id = req.parameters.get("instansiID", as: UUID.self), let instansi = try await Instansi.find(id, on: req.db)
        else { throw AppError.notFound }
        try await req.require(.managePortalRB, on: .instansi(id))
        return instansi
    }

    /// A token of the agency named by the path.
    private func token(_ req: Request, of instansi: Instansi) async throws -> PortalRBToken {
        guard let id = req.parameters.get("tokenID", as: UUID.self), let token = try await PortalRBToken.find(id, on: req.db),
            token.$instansi.id == instansi.id
        else { throw AppError.notFound }
        return token
    }

    func listTokens(req: Request) async throws -> [PortalRBTokenService.Listed] {
        let instansi = try await instansi(req)
        return try await PortalRBTokenService.list(instansiID: instansi.id!, now: req.clock.now(), on: req.db)
    }

    func createToken(req: Request) async throws -> Response {
        let instansi = try await instansi(req)
        let input = try req.content.decode(PortalRBTokenService.Input.self)
        let now = req.clock.now()
        let created = try await req.writeAsUser { actor, db in
            try await PortalRBTokenService.create(input, instansi: instansi, now: now, by: actor, on: db)
        }
        return try await created.encodeResponse(status: .created, for: req)
    }

    func revokeToken(req: Request) async throws -> PortalRBTokenService.Listed {
        let instansi = try await instansi(req)
        let token = try await token(req, of: instansi)
        let now = req.clock.now()
        try await req.writeAsUser { actor, db in try await PortalRBTokenService.revoke(token, now: now, by: actor, on: db) }
        return PortalRBTokenService.Listed(token, now: now, lastUsedAt: nil)
    }

    // MARK: - The page

    struct View: Encodable {
        let instansi: InstansiDTO
        let baseURL: String
        /// The three endpoints as PortalRB calls them.
        let endpoints: [String]
        let year: Int
        let tokens: [Token]
        /// A token just made: shown this once.
        let newToken: String?
        let calls: [Call]
        /// What PortalRB receives now, as JSON, per endpoint.
        let preview: [Preview]
        let form: FormState
    }

    struct Token: Encodable {
        let token: PortalRBTokenService.Listed
        let stateLabel: String
        let expires: String
        let lastUsed: String
    }

    struct Call: Encodable {
        let at: String
        let endpoint: String
        let unit: String
        let status: Int
        let client: String
    }

    struct Preview: Encodable {
        let endpoint: String
        let status: Int
        let body: String
    }

    func page(req: Request) async throws -> Response {
        try await render(try await instansi(req), newToken: nil, form: FormState(), req: req)
    }

    func createTokenFromPage(req: Request) async throws -> Response {
        let instansi = try await instansi(req)
        let input = try req.content.decode(PortalRBTokenService.Input.self)
        let now = req.clock.now()
        do {
            let created = try await req.writeAsUser { actor, db in
                try await PortalRBTokenService.create(input, instansi: instansi, now: now, by: actor, on: db)
            }
            return try await render(instansi, newToken: created.token, form: FormState(), req: req, status: .created)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await render(instansi, newToken: nil, form: FormState(input, error: error, req: req), req: req, status: error.status)
        }
    }

    func revokeTokenFromPage(req: Request) async throws -> Response {
        let instansi = try await instansi(req)
        let token = try await token(req, of: instansi)
        let now = req.clock.now()
        try await req.writeAsUser { actor, db in try await PortalRBTokenService.revoke(token, now: now, by: actor, on: db) }
        return WebPage.redirect(req, to: SitePath.instansiPortalRB.path(instansi.id!), notice: "saved")
    }

    private func render(_ instansi: Instansi, newToken: String?, form: FormState, req: Request, status: HTTPStatus = .ok)
        async throws -> Response
    {
        let now = req.clock.now()
        let year = req.clock.today().year
        let calls = try await PortalRBCall.query(on: req.db).filter(\.$instansiID == instansi.id!).sort(\.$at, .descending)
            .limit(50).all()
        let view = View(
            instansi: InstansiDTO(instansi), baseURL: Self.baseURL(req),
            endpoints: [SitePath.portalRBUnitsWBK, .portalRBUnitsWBBM, .portalRBAnswers].map {
                "GET \(Self.baseURL(req).dropLast(Self.root.count))\($0.rawValue.replacingOccurrences(of: ":unitRef", with: "{unit_id}"))"
            },
            year: year,
            tokens: try await PortalRBTokenService.list(instansiID: instansi.id!, now: now, on: req.db).map {
                Token(
                    token: $0, stateLabel: req.t("portalrb.state_\($0.state)"), expires: WIBTime.format($0.expiresAt),
                    lastUsed: $0.lastUsedAt.map(WIBTime.format) ?? "—")
            }, newToken: newToken,
            calls: calls.map {
                Call(at: WIBTime.format($0.at), endpoint: $0.endpoint, unit: $0.unitRef ?? "—", status: $0.status, client: $0.client)
            },
            preview: try await preview(instansi, year: year, req: req), form: form)
        return try await WebPage.render(
            "portalrb/show", title: "\(req.t("portalrb.title")) · \(instansi.name)", view, req: req, status: status)
    }

    /// "Test as PortalRB": each endpoint's answer for this agency now, built by the same code.
    private func preview(_ instansi: Instansi, year: Int, req: Request) async throws -> [Preview] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var previews: [Preview] = []
        func add(_ path: String, _ build: () async throws -> any Encodable) async {
            do {
                let body = String(decoding: try encoder.encode(try await build()), as: UTF8.self)
                previews.append(Preview(endpoint: "GET " + path, status: 200, body: body))
            } catch {
                let response = PortalRBError.response(for: error, req: req)
                previews.append(Preview(endpoint: "GET " + path, status: Int(response.status.code), body: response.body.string ?? ""))
            }
        }
        let id = instansi.id!
        await add(SitePath.portalRBUnitsWBK.path()) {
            try await PortalRBFeed.units(instansiID: id, year: year, predicate: "wbk", on: req.db)
        }
        await add(SitePath.portalRBUnitsWBBM.path()) {
            try await PortalRBFeed.units(instansiID: id, year: year, predicate: "wbbm", on: req.db)
        }
        let first = try await ProposalService.confirmed(instansiID: id, year: year, predicate: "wbk", on: req.db)?.first?.1
        if let unitID = first?.id {
            let master = try req.application.lke.entry(LKECatalog.masterFrameworkID).framework
            await add(SitePath.portalRBAnswers.path(unitID)) {
                try await PortalRBFeed.answers(
                    instansiID: id, year: year, unitID: unitID, master: master, baseURL: PortalRBFeed.origin(req), app: req.application,
                    on: req.db)
            }
        }
        return previews
    }

    /// The base URL to register in PortalRB: this server's address as the request reached it.
    private static func baseURL(_ req: Request) -> String {
        PortalRBFeed.origin(req) + root
    }

    /// `/portalrb`: the first segment of PortalRB's paths.
    private static let root = SitePath.portalRBUnitsWBK.rawValue.split(separator: "/").first.map { "/\($0)" } ?? ""
}
