import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address as its bytes (4 or 16), parsed strictly.
public struct IPAddress: Hashable, Sendable {
    public let bytes: [UInt8]

    /// Parses a literal address (`192.0.2.1`, `2001:db8::1`, also `[2001:db8::1]`); nil for anything else.
    public init?(_ text: some StringProtocol) {
        var literal = String(text)
        if literal.hasPrefix("["), literal.hasSuffix("]") { literal = String(literal.dropFirst().dropLast()) }
        guard !literal.isEmpty, literal.utf8.count <= 45 else { return nil }
        if literal.contains(":") {
            var address = in6_addr()
            guard inet_pton(AF_INET6, literal, &address) == 1 else { return nil }
            bytes = withUnsafeBytes(of: &address) { Array($0) }
        } else {
            var address = in_addr()
            guard inet_pton(AF_INET, literal, &address) == 1 else { return nil }
            bytes = withUnsafeBytes(of: &address) { Array($0) }
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    var isIPv6: Bool { bytes.count == 16 }

    /// The address with every bit after the first `bits` cleared.
    func masked(to bits: Int) -> IPAddress {
        IPAddress(
            bytes: bytes.enumerated().map { index, byte in
                let kept = max(0, min(8, bits - index * 8))
                return kept == 8 ? byte : byte & ~(UInt8(0xFF) >> kept)
            })
    }

    /// The textual form (hex groups for IPv6).
    var text: String {
        if !isIPv6 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }
}

/// An address range in CIDR notation (`10.0.0.0/8`, `::1/128`; a bare address is the single host).
public struct IPNetwork: Hashable, Sendable {
    let base: IPAddress
    let prefixBits: Int

    public init?(_ text: some StringProtocol) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let address = IPAddress(parts[0]) else { return nil }
        let width = address.bytes.count * 8
        if parts.count == 2 {
            guard let bits = Int(parts[1]), (0...width).contains(bits) else { return nil }
            prefixBits = bits
        } else {
            prefixBits = width
        }
        base = address.masked(to: prefixBits)
    }

    public func contains(_ address: IPAddress) -> Bool {
        address.bytes.count == base.bytes.count && address.masked(to: prefixBits) == base
    }
}
