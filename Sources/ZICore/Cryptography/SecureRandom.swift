import Foundation

/// Fresh random bytes from the system's cryptographically secure generator
/// (`SystemRandomNumberGenerator`: `getrandom` on Linux, `arc4random` on Apple platforms).
enum SecureRandom {
    /// `count` random bytes.
    static func bytes(_ count: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<count).map { _ in generator.next() as UInt8 })
    }
}
