import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A running `scripts/smtp-sink.py` (aiosmtpd) on 127.0.0.1 with a temporary maildir; stopped when the test tears down.
final class SMTPSink {
    /// The SMTP envelope the sink recorded for one message.
    struct Envelope: Decodable, Equatable {
        /// MAIL FROM.
        let mailFrom: String
        /// Accepted RCPT TO addresses.
        let rcptTos: [String]

        private enum CodingKeys: String, CodingKey {
            case mailFrom = "mail_from"
            case rcptTos = "rcpt_tos"
        }
    }

    /// Why the sink could not start.
    struct StartError: Error, CustomStringConvertible {
        let description: String
    }

    /// Seconds to wait for the "ready <port>" line.
    static let startTimeout = 20.0

    /// The port the sink listens on.
    let port: Int
    private let process: Process
    private let directory: URL
    private var maildir: URL { directory.appendingPathComponent("maildir") }

    /// Starts the sink with extra `options` (e.g. `["--starttls", cert, key]`) and registers its teardown on `testCase`.
    static func start(_ options: [String] = [], for testCase: XCTestCase) async throws -> SMTPSink {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let errorLog = directory.appendingPathComponent("stderr.log")
        guard FileManager.default.createFile(atPath: errorLog.path, contents: nil) else {
            throw StartError(description: "cannot create \(errorLog.path)")
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["python3", scriptPath, "--port", "0", "--maildir", directory.appendingPathComponent("maildir").path] + options
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorLog)
        try process.run()

        let processID = process.processIdentifier
        let killer = Task {
            try await Task.sleep(for: .seconds(startTimeout))
            kill(processID, SIGKILL)
        }
        let line = await readLine(from: output.fileHandleForReading)
        killer.cancel()
        guard let port = line.flatMap({ $0.hasPrefix("ready ") ? Int($0.dropFirst(6)) : nil }) else {
            kill(processID, SIGKILL)
            process.waitUntilExit()
            let log = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: directory)
            if log.contains("aiosmtpd") {
                throw StartError(description: "the SMTP sink needs aiosmtpd: pip install aiosmtpd\n\(log)")
            }
            throw StartError(description: "the SMTP sink did not print \"ready <port>\" within \(startTimeout) s; stderr:\n\(log)")
        }
        let sink = SMTPSink(port: port, process: process, directory: directory)
        testCase.addTeardownBlock { sink.stop() }
        return sink
    }

    private init(port: Int, process: Process, directory: URL) {
        self.port = port
        self.process = process
        self.directory = directory
    }

    /// Every accepted message so far, in order: the envelope and the raw message text as received.
    func messages() throws -> [(envelope: Envelope, raw: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: maildir.path).filter { $0.hasSuffix(".eml") }
        let numbers = names.compactMap { Int($0.dropLast(4)) }.sorted()
        return try numbers.map { number in
            let raw = try Data(contentsOf: maildir.appendingPathComponent("\(number).eml"))
            let envelope = try Data(contentsOf: maildir.appendingPathComponent("\(number).json"))
            return (try JSONDecoder().decode(Envelope.self, from: envelope), String(decoding: raw, as: UTF8.self))
        }
    }

    /// Kills the process and removes the maildir. SIGKILL, because a child started from a Swift concurrency thread
    /// inherits that thread's blocked signals, SIGTERM included.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// `scripts/smtp-sink.py`, found relative to this file.
    private static var scriptPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/smtp-sink.py").path
    }

    /// Reads one line on a separate thread; nil at end of file before a newline.
    private static func readLine(from handle: FileHandle) async -> String? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var bytes = Data()
                while let byte = try? handle.read(upToCount: 1), !byte.isEmpty {
                    if byte == Data("\n".utf8) {
                        continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
                        return
                    }
                    bytes.append(byte)
                }
                continuation.resume(returning: nil)
            }
        }
    }
}
