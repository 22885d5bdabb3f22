import NIOPosix

/// Runs CPU-heavy work on the shared thread pool instead of an event loop: parsing an uploaded
/// workbook can take seconds, and an event loop busy with it answers no other request meanwhile.
enum OffEventLoop {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
