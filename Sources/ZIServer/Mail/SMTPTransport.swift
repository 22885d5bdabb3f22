import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// Delivers mail to an SMTP submission server over SwiftNIO, one connection per message.
public struct SMTPTransport: MailTransport {
    /// The server and credentials used for every message.
    public let settings: SMTPSettings
    private let group: any EventLoopGroup
    private let tlsContext: NIOSSLContext
    private let logger: Logger

    /// Creates a transport after checking `settings` and loading the TLS trust roots.
    /// - Throws: `MailError.misconfigured` for unusable settings or an unreadable `trustedCAFile`.
    public init(
        settings: SMTPSettings,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "mail.smtp")
    ) throws {
        try settings.validate()
        self.settings = settings
        self.group = eventLoopGroup
        self.tlsContext = try Self.makeTLSContext(trustedCAFile: settings.trustedCAFile)
        self.logger = logger
    }

    /// Sends `message`, finishing or failing within `settings.timeout` seconds.
    public func send(_ message: MailMessage) async throws {
        let messageID = message.makeMessageID()
        let data = try message.rendered(date: message.date, messageID: messageID)
        let connection = try await SMTPConnection.open(settings: settings, tlsContext: tlsContext, group: group, logger: logger)
        do {
            let session = SMTPSession(connection: connection, settings: settings, tlsContext: tlsContext)
            try await session.submit(from: message.from.address, to: message.to.address, data: data)
            await connection.close()
            logger.info("mail accepted by \(settings.host)", metadata: ["message-id": "\(messageID)"])
        } catch {
            await connection.close()
            throw error
        }
    }

    /// A TLS 1.2+ client context trusting the system roots plus the certificates in `trustedCAFile`.
    private static func makeTLSContext(trustedCAFile: String?) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        do {
            if let trustedCAFile {
                configuration.additionalTrustRoots = [.certificates(try NIOSSLCertificate.fromPEMFile(trustedCAFile))]
            }
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw MailError.misconfigured("cannot load TLS trust roots (trustedCAFile: \(trustedCAFile ?? "none")): \(error)")
        }
    }
}
