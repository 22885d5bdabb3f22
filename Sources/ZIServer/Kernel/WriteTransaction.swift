import Fluent
import FluentSQLiteDriver
import Vapor

/// Runs every state change in one database transaction.
///
/// SQLite allows one writer at a time and can fail a transaction that read before
/// another committed, so on SQLite SIZI's own writes also queue in-process. On
/// PostgreSQL they run concurrently; the audit chain takes its own lock there.
final class WriteGate: Sendable {
    private let queue: AsyncSerialQueue?

    init(serialize: Bool) {
        queue = serialize ? AsyncSerialQueue() : nil
    }

    /// `body` reads the caller's ``AppClock/current``: Fluent runs it outside the caller's task.
    func run<T: Sendable>(on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let body = AppClock.current.binding(body)
        guard let queue else { return try await db.transaction(body) }
        await queue.acquire()
        do {
            let result = try await db.transaction(body)
            await queue.release()
            return result
        } catch {
            await queue.release()
            throw error
        }
    }
}

/// A first-come, first-served async lock.
actor AsyncSerialQueue {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}

extension Application {
    private struct WriteGateKey: StorageKey { typealias Value = WriteGate }

    var writeGate: WriteGate {
        get { storage[WriteGateKey.self]! }
        set { storage[WriteGateKey.self] = newValue }
    }
}

extension Application {
    /// Runs `body` as one transaction; see ``WriteGate``.
    package func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await writeGate.run(on: db, body)
    }

    /// Bcrypt off the event loop.
    var asyncPassword: AsyncPasswordHasher {
        password.async(on: threadPool, hopTo: eventLoopGroup.next())
    }
}

extension Request {
    /// Runs `body` as one transaction; see ``WriteGate``.
    func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await application.writeGate.run(on: db, body)
    }
}
