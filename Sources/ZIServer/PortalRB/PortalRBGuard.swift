import Fluent
import Vapor

/// Guards the `/portalrb/…` endpoints: a valid PortalRB token (scoped to one agency, nothing
/// else accepted), the token's rate limit, the guide's error format for every failure, and a
/// log row for every call made with a token (time, endpoint, unit, status, caller).
struct PortalRBGuard: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var token: PortalRBToken?
        let response: Response
        do {
            let authenticated = try await PortalRBTokenService.authenticate(
                req.headers.bearerAuthorization?.token, now: req.clock.now(), on: req.db)
            token = authenticated
            try req.application.portalRBRateLimiter.admit(key: authenticated.id!.uuidString)
            req.storage[PortalRBTokenKey.self] = authenticated
            response = try await next.respond(to: req)
        } catch {
            response = PortalRBError.response(for: error, req: req)
        }
        if let token { await log(token, status: response.status, req: req) }
        return response
    }

    /// Appends the call to the log (batched with other calls in one transaction).
    private func log(_ token: PortalRBToken, status: HTTPResponseStatus, req: Request) async {
        let call = PortalRBCall()
        call.$token.id = token.id!
        call.instansiID = token.$instansi.id
        call.at = req.clock.now()
        call.endpoint = req.url.path.split(separator: "/").prefix(3).joined(separator: "/")
        call.unitRef = req.parameters.get("unitRef").map { String($0.prefix(100)) }
        call.status = Int(status.code)
        call.client = req.application.clientAddress.key(for: req)
        do {
            try await req.application.groupCommit.run { db in try await call.create(on: db) }
        } catch {
            req.logger.report(error: error)
        }
    }
}

/// The token that authenticated a PortalRB request.
struct PortalRBTokenKey: StorageKey { typealias Value = PortalRBToken }

extension Request {
    /// The PortalRB token of this request (set by ``PortalRBGuard``).
    var portalRBToken: PortalRBToken {
        get throws {
            guard let token = storage[PortalRBTokenKey.self] else { throw PortalRBError.missingToken }
            return token
        }
    }
}
