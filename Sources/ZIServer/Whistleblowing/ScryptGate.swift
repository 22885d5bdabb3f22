import NIOConcurrencyHelpers
import NIOPosix
import Vapor

/// Runs the whistleblowing system's scrypt derivations (receipts, handler key unlocks and
/// seals) on threads of their own, at most ``limit`` at once, because each takes 32 MiB and a
/// core for about 70 ms at the standard cost (so file I/O on the application's thread pool never
/// waits behind them). Up to ``queueLimit`` more wait their turn in arrival order; beyond that
/// the request is refused as busy (503) instead of piling up memory.
///
/// ``derivations`` counts every scrypt started, so tests can check that a wrong receipt costs
/// exactly as much work as any other.
final class ScryptGate: Sendable {
    let limit: Int
    let queueLimit: Int
    private let threadPool: NIOThreadPool
    private let state = NIOLockedValueBox(State())

    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
        var derivations = 0
    }

    /// Starts ``limit`` threads; ``shutdown()`` stops them.
    init(limit: Int, queueLimit: Int) {
        self.limit = limit
        self.queueLimit = queueLimit
        threadPool = NIOThreadPool(numberOfThreads: limit)
        threadPool.start()
    }

    func shutdown() async throws {
        try await threadPool.shutdownGracefully()
    }

    /// How many derivations were started since the application started.
    var derivations: Int { state.withLockedValue(\.derivations) }

    /// Runs `derive` (which performs `count` scrypt derivations) once a slot is free.
    func run<T: Sendable>(count: Int = 1, _ derive: @escaping @Sendable () throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        state.withLockedValue { $0.derivations += count }
        return try await threadPool.runIfActive(derive)
    }

    private func acquire() async throws {
        enum Admission { case now, wait, refuse }
        let admission: Admission = state.withLockedValue { state in
            if state.running < limit {
                state.running += 1
                return .now
            }
            return state.waiting.count < queueLimit ? .wait : .refuse
        }
        switch admission {
        case .now: return
        case .refuse: throw WBSError.busy
        case .wait:
            // The slot is handed over by `release`, which leaves `running` as it is.
            await withCheckedContinuation { continuation in
                let admitted = state.withLockedValue { state -> Bool in
                    if state.running < limit {
                        state.running += 1
                        return true
                    }
                    state.waiting.append(continuation)
                    return false
                }
                if admitted { continuation.resume() }
            }
        }
    }

    private func release() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}

/// Stops the gate's threads with the application.
struct ScryptGateShutdown: LifecycleHandler {
    let gate: ScryptGate

    func shutdownAsync(_ application: Application) async {
        try? await gate.shutdown()
    }
}

extension Application {
    private struct ScryptGateKey: StorageKey { typealias Value = ScryptGate }

    /// The gate every whistleblowing scrypt passes.
    var scryptGate: ScryptGate {
        get { storage[ScryptGateKey.self]! }
        set { storage[ScryptGateKey.self] = newValue }
    }
}
