/// The cost of one scrypt derivation, recorded next to whatever it protects so that it can be
/// raised later without losing what was sealed under the old cost.
public struct ScryptParameters: Codable, Hashable, Sendable {
    /// N, the CPU and memory cost: a power of two.
    public let rounds: Int
    /// r, the block size.
    public let blockSize: Int
    /// p, the number of independent mixes.
    public let parallelism: Int

    /// Parameters as given; they are checked when used (see ``WhistleblowingError/invalidScryptParameters``).
    public init(rounds: Int, blockSize: Int, parallelism: Int) {
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    /// N = 2¹⁵, r = 8, p = 1: 32 MiB per derivation.
    ///
    /// Measured on the 2-core development machine, release build, swift-crypto 3.12.3 (median of
    /// 7, see `WBSScryptTimingTests`): 61–70 ms per derivation when the machine was otherwise
    /// quiet, 76–115 ms while other builds shared the cores — within the 50–150 ms aimed at.
    /// N = 2¹⁴ took 21–47 ms (too cheap), N = 2¹⁶ 125–470 ms (too slow under load).
    /// Every receipt attempt and every handler unlock pays this once; the server should bound
    /// how many run at once (32 MiB each).
    public static let standard = ScryptParameters(rounds: 1 << 15, blockSize: 8, parallelism: 1)

    /// N = 2¹⁷, r = 8, p = 1: 128 MiB per derivation, OWASP's minimum for scrypt, for the seals
    /// of handlers' private keys under their password or recovery code. An unlock is rare (a
    /// handler unlocks once per session), so it may cost about four times a
    /// receipt derivation; a stolen database then costs an attacker 2¹⁷ per password guess.
    public static let keySeal = ScryptParameters(rounds: 1 << 17, blockSize: 8, parallelism: 1)

    /// The working memory one derivation needs, 128 · N · r bytes.
    public var memoryByteCount: Int { 128 * rounds * blockSize }

    /// Whether these parameters may be used: N a power of two above 1, r and p within 1…16,
    /// and at most 1 GiB of memory. (r above 16 is refused because swift-crypto 3.12.3 sizes
    /// BoringSSL's memory limit too tightly for it.)
    var isUsable: Bool {
        rounds > 1 && rounds & (rounds - 1) == 0
            && (1...16).contains(blockSize) && (1...16).contains(parallelism)
            && rounds <= (1 << 30) / (128 * blockSize)
    }
}
