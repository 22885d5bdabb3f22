import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Runs one child process for `SendmailTransport` without blocking Swift concurrency or event-loop threads: it is started
/// and fed its standard input on threads of their own, and its termination arrives through Foundation's termination handler.
enum SendmailProcess {
    /// How the process ended.
    struct Result: Sendable {
        /// The exit status, or the signal number when the process was killed.
        let exitCode: Int32
        /// The first 500 bytes of standard error, decoded leniently.
        let standardError: String
        /// Whether the process was killed because the timeout passed.
        let timedOut: Bool
    }

    /// Most bytes of standard error kept for the error message.
    static let standardErrorLimit = 500

    /// Starts `executablePath` with `arguments`, feeds it `input`, and after `timeout` seconds kills it and its process group
    /// (Foundation makes the child a group leader and notices termination only once every process of the group is gone).
    /// Standard error goes to a temporary file, so a grandchild that keeps it open cannot delay the result.
    /// - Throws: `MailError.misconfigured` when the program cannot be started.
    static func run(executablePath: String, arguments: [String], input: Data, timeout: Double) async throws -> Result {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("sendmail-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let errorHandle = FileHandle(forWritingAtPath: errorFile.path)
        else {
            throw MailError.misconfigured("cannot create a temporary file in \(FileManager.default.temporaryDirectory.path)")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        let standardInput = Pipe()
        process.standardInput = standardInput
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        let (exits, exitContinuation) = AsyncStream.makeStream(of: Int32.self, bufferingPolicy: .bufferingNewest(1))
        process.terminationHandler = { exitContinuation.yield($0.terminationStatus) }
        do {
            try await start(process)
        } catch {
            throw MailError.misconfigured("cannot run \(executablePath): \(error.localizedDescription)")
        }
        try? standardInput.fileHandleForReading.close()
        write(input, to: standardInput.fileHandleForWriting)

        let processID = process.processIdentifier
        let killer = Task {
            try await Task.sleep(for: .seconds(timeout))
            kill(-processID, SIGKILL)
            kill(processID, SIGKILL)
        }
        var exitCodes = exits.makeAsyncIterator()
        let exitCode = await exitCodes.next() ?? -1
        killer.cancel()
        let timedOut = (try? await killer.value) != nil
        return Result(exitCode: exitCode, standardError: readPrefix(of: errorFile, limit: standardErrorLimit), timedOut: timedOut)
    }

    /// Starts `process` from a new thread with an empty signal mask. A child inherits the mask of the thread that spawns
    /// it, and Swift concurrency and Dispatch threads block most signals, which would leave sendmail deaf to SIGTERM or SIGALRM.
    /// Foundation does not always spawn on the calling thread (seen once in a full test run), so the program may still start
    /// with signals blocked; the timeout does not depend on it, as it kills with SIGKILL.
    private static func start(_ process: Process) async throws {
        let unstarted = UnstartedProcess(process: process)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                var noSignals = sigset_t()
                sigemptyset(&noSignals)
                pthread_sigmask(SIG_SETMASK, &noSignals, nil)
                do {
                    try unstarted.process.run()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Carries a `Process` to the thread that starts it; the caller does not touch it until `start(_:)` returns.
    private final class UnstartedProcess: @unchecked Sendable {
        let process: Process

        /// Wraps `process`.
        init(process: Process) {
            self.process = process
        }
    }

    /// Writes `data` and closes the pipe on a new thread. SIGPIPE is blocked on that thread, so a child that exits
    /// without reading makes the write fail (ignored: the exit status tells what happened) instead of killing this process.
    private static func write(_ data: Data, to handle: FileHandle) {
        Thread.detachNewThread {
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &signals, nil)
            try? handle.write(contentsOf: data)
            try? handle.close()
        }
    }

    /// The first `limit` bytes of the file at `url`, decoded leniently and trimmed.
    private static func readPrefix(of url: URL, limit: Int) -> String {
        let handle = try? FileHandle(forReadingFrom: url)
        defer { try? handle?.close() }
        let bytes = (try? handle?.read(upToCount: limit)) ?? Data()
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
