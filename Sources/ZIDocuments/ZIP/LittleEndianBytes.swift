import Foundation

/// Bytes read as the little-endian integers of ZIP records. A read that does not fit in the
/// bytes gives `nil` instead of trapping, so a cut-off record is an ordinary failure.
struct LittleEndianBytes {
    private let bytes: [UInt8]

    /// The number of bytes.
    var count: Int { bytes.count }

    init(_ data: Data) {
        bytes = Array(data)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The integer of type `T` whose lowest byte is at `offset`, or `nil` if it does not fit.
    func value<T: FixedWidthInteger & UnsignedInteger>(_: T.Type, at offset: Int) -> T? {
        let width = T.bitWidth / 8
        guard offset >= 0, offset <= bytes.count - width else { return nil }
        return (0..<width).reduce(T.zero) { value, index in value | T(bytes[offset + index]) << (8 * index) }
    }

    /// The `length` bytes from `offset` on, or `nil` if they do not fit.
    func bytes(at offset: Int, length: Int) -> LittleEndianBytes? {
        guard offset >= 0, length >= 0, offset <= bytes.count - length else { return nil }
        return LittleEndianBytes(bytes: Array(bytes[offset..<(offset + length)]))
    }
}
