import Fluent
import Metrics
import Prometheus
import SQLKit
import Vapor

/// Prometheus metrics for the whole process.
///
/// swift-metrics allows one backend per process, so the registry is created once
/// and shared by every application in the process (tests start many).
enum MetricsRegistry {
    static let shared: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}

/// `/healthz` (the process answers), `/readyz` (the database answers) and `/metrics`.
struct OperationsController {
    let poolSize: Int

    func register(_ routes: any RoutesBuilder) {
        routes.get(.healthz) { _ in "ok" }
        routes.get(.readyz, use: ready)
        routes.get(.metrics, use: metrics)
    }

    func ready(req: Request) async throws -> Response {
        let started = ContinuousClock.now
        do {
            guard let sql = req.db as? any SQLDatabase else { throw AppError.notFound }
            try await sql.raw("SELECT 1").run()
            Timer(label: "sizi_db_ping_seconds").recordInterval(since: started)
            return Response(status: .ok, body: "ready")
        } catch {
            req.logger.warning("readiness check failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            return Response(status: .serviceUnavailable, body: "database unavailable")
        }
    }

    /// Counts per route and status tell when things happen (WBS submissions too), so `/metrics` is
    /// not public: with `SIZI_METRICS_TOKEN` set it needs that bearer token; without it, only a
    /// direct request from this host (loopback, not forwarded by a proxy) gets an answer. Others get 404.
    func metrics(req: Request) async throws -> Response {
        guard Self.mayReadMetrics(req) else { throw AppError.notFound }
        Gauge(label: "sizi_db_pool_connections_max").record(poolSize)
        let sessions = try await Session.query(on: req.db).filter(\.$expiresAt > req.clock.now()).count()
        Gauge(label: "sizi_sessions_active").record(sessions)
        var buffer: [UInt8] = []
        MetricsRegistry.shared.emit(into: &buffer)
        let response = Response(status: .ok, body: .init(data: Data(buffer)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4"])
        return response
    }
}

extension OperationsController {
    static func mayReadMetrics(_ req: Request) -> Bool {
        if let token = req.application.settings.metricsToken {
            return Tokens.constantTimeEqual(req.headers.bearerAuthorization?.token ?? "", token)
        }
        return ClientAddress.isDirectLocal(req)
    }
}

extension Timer {
    /// Records the time elapsed since `start`.
    func recordInterval(since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }
}
