import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// One TCP connection to an SMTP server: sends command lines and awaits the reply to each, all before one deadline.
struct SMTPConnection: Sendable {
    private let channel: any Channel
    private let handler: NIOLoopBound<SMTPReplyHandler>
    private let logger: Logger

    /// Connects to `settings.host` and `settings.port`, with TLS (`tlsContext`) from the first byte when `settings.security` is `.tls`.
    /// The connection fails with `MailError.timedOut` once `settings.timeout` seconds have passed since this call.
    static func open(
        settings: SMTPSettings,
        tlsContext: NIOSSLContext,
        group: any EventLoopGroup,
        logger: Logger
    ) async throws -> SMTPConnection {
        let deadline = NIODeadline.now() + .nanoseconds(Int64(settings.timeout * 1_000_000_000))
        do {
            return try await ClientBootstrap(group: group)
                .connectTimeout(deadline - .now())
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if settings.security == .tls {
                            try channel.pipeline.syncOperations.addHandler(tlsHandler(context: tlsContext, host: settings.host))
                        }
                        let handler = SMTPReplyHandler(deadline: deadline, timeoutSeconds: settings.timeout)
                        try channel.pipeline.syncOperations.addHandler(handler)
                        return SMTPConnection(
                            channel: channel, handler: NIOLoopBound(handler, eventLoop: channel.eventLoop), logger: logger)
                    }
                }
        } catch {
            throw MailError(transportError: error, timeoutSeconds: settings.timeout)
        }
    }

    /// Waits for the next reply without sending anything (used for the greeting).
    func readReply() async throws -> SMTPReply {
        try await exchange(nil)
    }

    /// Sends `line` plus CRLF and waits for the reply. Only `loggedAs` is logged, so secrets in `line` stay out of logs.
    func send(_ line: String, loggedAs: String) async throws -> SMTPReply {
        logger.debug("SMTP client: \(loggedAs)")
        return try await exchange(ByteBuffer(string: line + "\r\n"))
    }

    /// Adds TLS in front of the pipeline after a 220 reply to STARTTLS, verifying the certificate against `host`.
    /// Fails if the server already sent more bytes, which would otherwise be read as if they had come over TLS.
    func startTLS(context: NIOSSLContext, host: String) async throws {
        try await channel.eventLoop.submit { [channel, handler] in
            guard handler.value.isIdle else {
                throw MailError.protocolViolation("server sent data after its reply to STARTTLS")
            }
            try channel.pipeline.syncOperations.addHandler(Self.tlsHandler(context: context, host: host), position: .first)
        }.get()
    }

    /// Closes the connection, ignoring errors.
    func close() async {
        try? await channel.close()
    }

    /// Writes `bytes`, if any, and waits for the reply; a broken connection surfaces as the handler's recorded error.
    private func exchange(_ bytes: ByteBuffer?) async throws -> SMTPReply {
        let reply = try await channel.eventLoop.flatSubmit { [channel, handler] in
            let reply = handler.value.nextReply(on: channel.eventLoop)
            if let bytes {
                channel.writeAndFlush(bytes, promise: nil)
            }
            return reply
        }.get()
        logger.debug("SMTP server: \(reply.code)")
        return reply
    }

    /// A TLS client handler for `host`; IP literals are checked against the certificate's IP addresses instead of SNI.
    private static func tlsHandler(context: NIOSSLContext, host: String) throws -> NIOSSLClientHandler {
        let isIPAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        return try NIOSSLClientHandler(context: context, serverHostname: isIPAddress ? nil : host)
    }
}

extension MailError {
    /// Classifies an error from NIO or NIOSSL: TLS problems are permanent, network problems temporary.
    init(transportError error: any Error, timeoutSeconds: Double) {
        switch error {
        case let error as MailError:
            self = error
        case NIOSSLError.uncleanShutdown:
            self = .connectionFailed("TLS connection closed without close_notify")
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            self = .tlsFailed(String(describing: error))
        case ChannelError.connectTimeout:
            self = .timedOut(seconds: timeoutSeconds)
        case let error as NIOConnectionError:
            let causes =
                [error.dnsAError, error.dnsAAAAError].compactMap { $0 }.map { "\($0)" }
                + error.connectionErrors.map { "\($0.target): \($0.error)" }
            self = .connectionFailed("cannot connect to \(error.host):\(error.port): \(causes.joined(separator: "; "))")
        default:
            self = .connectionFailed(String(describing: error))
        }
    }
}
