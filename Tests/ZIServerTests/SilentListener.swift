import Foundation

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A TCP socket on 127.0.0.1 that listens but never accepts: connections succeed and then hear nothing.
final class SilentListener {
    /// The port it listens on.
    let port: Int
    private let descriptor: Int32

    /// Binds to a free port on 127.0.0.1 and listens.
    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard descriptor >= 0, bound else {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            _ = Glibc.close(descriptor)
            throw POSIXError(code)
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Closes the socket.
    func close() {
        _ = Glibc.close(descriptor)
    }
}
