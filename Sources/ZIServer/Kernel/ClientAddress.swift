import Vapor

/// Who a request really comes from, for rate limits and throttles, and whether it came over HTTPS.
///
/// Behind a reverse proxy every request arrives from the proxy's address. Only when the peer is
/// one of `SIZI_TRUSTED_PROXIES` are `X-Forwarded-For` (or `Forwarded`) and `X-Forwarded-Proto`
/// believed; the client is then the right-most address that is not a trusted proxy, so a client
/// cannot choose its own address by sending the header itself.
struct ClientAddress: Sendable {
    let trustedProxies: [IPNetwork]

    /// The key a client is counted under: its IPv4 address, or the /64 of its IPv6 address
    /// (one subscriber usually holds a whole /64).
    func key(for req: Request) -> String {
        guard let address = address(of: req) else { return "unknown" }
        return address.isIPv6 ? address.masked(to: 64).text + "/64" : address.text
    }

    /// The client's address as far as it can be believed.
    func address(of req: Request) -> IPAddress? {
        guard let peer = req.remoteAddress?.ipAddress.flatMap(IPAddress.init) else { return nil }
        guard isTrusted(peer) else { return peer }
        let forwarded = Self.forwardedChain(req.headers)
        return forwarded.last { !isTrusted($0) } ?? forwarded.first ?? peer
    }

    /// Whether the browser reached SIZI over HTTPS: directly, or through a trusted proxy that says so.
    func isHTTPS(_ req: Request) -> Bool {
        if req.url.scheme == "https" { return true }
        guard isFromTrustedProxy(req) else { return false }
        if let proto = req.headers.first(name: "X-Forwarded-Proto") { return proto.lowercased() == "https" }
        return req.headers[.forwarded].contains { $0.lowercased().contains("proto=https") }
    }

    /// Whether the request came through one of the trusted proxies.
    func isFromTrustedProxy(_ req: Request) -> Bool {
        req.remoteAddress?.ipAddress.flatMap(IPAddress.init).map(isTrusted) ?? false
    }

    /// Whether the request came straight from this host (loopback) without passing a proxy:
    /// a developer's browser or a local monitoring agent.
    static func isDirectLocal(_ req: Request) -> Bool {
        let forwarded = req.headers.contains(name: "X-Forwarded-For") || req.headers.contains(name: .forwarded)
        let peer = req.remoteAddress?.ipAddress.flatMap(IPAddress.init)
        guard !forwarded, let peer else { return false }
        return loopback.contains { $0.contains(peer) }
    }

    private static let loopback = [IPNetwork("127.0.0.0/8")!, IPNetwork("::1/128")!]

    private func isTrusted(_ address: IPAddress) -> Bool {
        trustedProxies.contains { $0.contains(address) }
    }

    /// The addresses a chain of proxies reported, client first; unreadable entries are skipped.
    static func forwardedChain(_ headers: HTTPHeaders) -> [IPAddress] {
        let xff = headers["X-Forwarded-For"].flatMap { $0.split(separator: ",") }
        if !xff.isEmpty { return xff.prefix(32).compactMap { IPAddress($0.trimmingCharacters(in: .whitespaces)) } }
        return headers[.forwarded].flatMap { $0.split(separator: ",") }.prefix(32).compactMap { element in
            let pairs = element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let node = pairs.first(where: { $0.lowercased().hasPrefix("for=") })?.dropFirst(4) else { return nil }
            return IPAddress(withoutPort(node.trimmingCharacters(in: CharacterSet(charactersIn: "\""))))
        }
    }

    /// `[2001:db8::1]:4711` → `2001:db8::1`, `192.0.2.1:80` → `192.0.2.1`.
    private static func withoutPort(_ node: String) -> String {
        if node.hasPrefix("["), let end = node.firstIndex(of: "]") { return String(node[node.index(after: node.startIndex)..<end]) }
        if node.filter({ $0 == ":" }).count == 1 { return String(node.prefix { $0 != ":" }) }
        return node
    }
}

extension Application {
    private struct ClientAddressKey: StorageKey { typealias Value = ClientAddress }

    /// How this installation tells clients apart (its trusted proxies).
    var clientAddress: ClientAddress {
        get { storage[ClientAddressKey.self] ?? ClientAddress(trustedProxies: []) }
        set { storage[ClientAddressKey.self] = newValue }
    }
}
