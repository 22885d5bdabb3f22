import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 request over a plain socket bound to a chosen local address (any address of
/// 127.0.0.0/8 works on Linux), so the server sees a client address that appears nowhere else.
enum RawHTTPClient {
    /// The status line, headers and body of the answer.
    struct Answer {
        let head: String
        let body: [UInt8]

        var status: Int { Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0 }
    }

    /// Sends `method path` with `headers` and `body` from `source` to 127.0.0.1:`port`.
    static func send(
        _ method: String, _ path: String, port: Int, from source: String, headers: [(String, String)],
        body: [UInt8] = []
    ) throws -> Answer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket") }
        defer { close(fd) }
        try withAddress(source, port: 0) { guard bind(fd, $0, $1) == 0 else { throw Failure("bind \(source)") } }
        try withAddress("127.0.0.1", port: port) { guard connect(fd, $0, $1) == 0 else { throw Failure("connect") } }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        let bytes = Array((request + "\r\n").utf8) + body
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw Failure("write") }
            sent += written
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        let separator = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, answer.count - 3)).first(where: { Array(answer[$0..<$0 + 4]) == separator }) else {
            throw Failure("no HTTP answer")
        }
        return Answer(head: String(decoding: answer[..<split], as: UTF8.self), body: Array(answer[(split + 4)...]))
    }

    private static func withAddress(_ ip: String, port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) throws -> Void) throws {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, ip, &address.sin_addr) == 1 else { throw Failure("address \(ip)") }
        try withUnsafePointer(to: &address) {
            try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
