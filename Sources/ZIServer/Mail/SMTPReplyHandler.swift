import NIOCore

/// The last handler of an SMTP channel: parses replies, hands each to the single waiting request, and turns
/// connection problems and the send deadline into `MailError`s. Used only on its event loop.
final class SMTPReplyHandler: ChannelInboundHandler {
    /// Raw bytes from the socket or, after STARTTLS, from the TLS handler.
    typealias InboundIn = ByteBuffer

    private let deadline: NIODeadline
    private let timeoutSeconds: Double
    private var parser = SMTPReplyParser()
    private var unclaimedReply: SMTPReply?
    private var waiter: EventLoopPromise<SMTPReply>?
    private var deadlineTask: Scheduled<Void>?
    private var context: ChannelHandlerContext?
    /// The first error that ended the connection; every later request fails with it.
    private var failure: MailError?

    /// Creates a handler that fails the connection with `MailError.timedOut(seconds:)` at `deadline`.
    init(deadline: NIODeadline, timeoutSeconds: Double) {
        self.deadline = deadline
        self.timeoutSeconds = timeoutSeconds
    }

    /// Whether no reply bytes are waiting to be claimed, the condition for a safe STARTTLS upgrade (no injected plaintext).
    var isIdle: Bool { !parser.hasPendingInput && unclaimedReply == nil }

    /// The next reply from the server; SMTP without pipelining has at most one request waiting.
    /// Must be called on `eventLoop`, the channel's event loop.
    func nextReply(on eventLoop: any EventLoop) -> EventLoopFuture<SMTPReply> {
        if let reply = unclaimedReply {
            unclaimedReply = nil
            return eventLoop.makeSucceededFuture(reply)
        }
        if let failure {
            return eventLoop.makeFailedFuture(failure)
        }
        if let previous = waiter {
            previous.fail(MailError.protocolViolation("a second reply was requested before the first arrived"))
        }
        let promise = eventLoop.makePromise(of: SMTPReply.self)
        waiter = promise
        return promise.futureResult
    }

    /// Remembers the context and arms the deadline.
    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        deadlineTask = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) {
            self.fail(.timedOut(seconds: self.timeoutSeconds))
        }
    }

    /// Disarms the deadline.
    func handlerRemoved(context: ChannelHandlerContext) {
        deadlineTask?.cancel()
        self.context = nil
    }

    /// Feeds the parser and delivers every reply completed by these bytes.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        parser.append(unwrapInboundIn(data))
        do {
            while let reply = try parser.nextReply() {
                deliver(reply)
            }
        } catch {
            fail(MailError(transportError: error, timeoutSeconds: timeoutSeconds))
        }
    }

    /// Fails the waiting request: the server closed the connection (unless an earlier error explains why).
    func channelInactive(context: ChannelHandlerContext) {
        fail(.connectionFailed("connection closed by the server"))
        context.fireChannelInactive()
    }

    /// Fails the waiting request with the classified error and closes the connection.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(MailError(transportError: error, timeoutSeconds: timeoutSeconds))
    }

    /// Hands `reply` to the waiting request, or keeps it until one asks; a second unclaimed reply is a protocol violation.
    private func deliver(_ reply: SMTPReply) {
        if let waiter {
            self.waiter = nil
            waiter.succeed(reply)
        } else if unclaimedReply == nil {
            unclaimedReply = reply
        } else {
            fail(.protocolViolation("server sent a reply nobody asked for"))
        }
    }

    /// Records `error` unless an earlier one is known, fails the waiting request and closes the connection.
    private func fail(_ error: MailError) {
        let first = failure ?? error
        failure = first
        deadlineTask?.cancel()
        if let waiter {
            self.waiter = nil
            waiter.fail(first)
        }
        context?.close(promise: nil)
    }
}
