import Fluent
import Vapor

/// Writes that arrive together share one transaction ("group commit"): each caller hands in
/// its work and waits; one drainer runs up to ``maxBatch`` waiting works in a single
/// transaction, so a burst of public submissions costs one commit instead of one each. If a
/// batch fails, each of its works is retried in a transaction of its own, so one bad
/// submission never takes the others down; every caller gets its own result or error.
actor GroupCommit {
    static let maxBatch = 64

    private struct Work {
        let body: @Sendable (any Database) async throws -> any Sendable
        let continuation: CheckedContinuation<any Sendable, any Error>
    }

    private let write: @Sendable (@escaping @Sendable (any Database) async throws -> [any Sendable]) async throws -> [any Sendable]
    private var pending: [Work] = []
    private var draining = false

    /// `write` runs its body as one transaction (SIZI's ``WriteGate``).
    init(write: @escaping @Sendable (@escaping @Sendable (any Database) async throws -> [any Sendable]) async throws -> [any Sendable]) {
        self.write = write
    }

    /// Runs `body` in a shared transaction and returns its result once that has committed.
    func run<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let result = try await withCheckedThrowingContinuation { continuation in
            let body = AppClock.current.binding(body)
            pending.append(Work(body: { try await body($0) }, continuation: continuation))
            if !draining {
                draining = true
                Task { await drain() }
            }
        }
        return result as! T
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.maxBatch))
            pending.removeFirst(batch.count)
            let bodies = batch.map(\.body)
            do {
                let results = try await write { db in
                    var results: [any Sendable] = []
                    for body in bodies { results.append(try await body(db)) }
                    return results
                }
                for (work, result) in zip(batch, results) { work.continuation.resume(returning: result) }
            } catch {
                for work in batch {
                    do {
                        let body = work.body
                        let result = try await write { db in [try await body(db)] }
                        work.continuation.resume(returning: result[0])
                    } catch {
                        work.continuation.resume(throwing: error)
                    }
                }
            }
        }
        draining = false
    }
}

extension Application {
    private struct GroupCommitKey: StorageKey { typealias Value = GroupCommit }

    /// The group commit of public submissions.
    var groupCommit: GroupCommit {
        get { storage[GroupCommitKey.self]! }
        set { storage[GroupCommitKey.self] = newValue }
    }
}
