/// Compact JSON written straight into bytes, for the few large responses served many times a
/// second (PortalRB's answer sheet), where Foundation's `JSONEncoder` — which builds a boxed tree
/// of every value before it writes one byte — costs more than reading the data. Members are
/// written in the order the caller gives; strings are escaped as RFC 8259 requires.
///
/// A type written this way still conforms to `Encodable` for everything else, and a test checks
/// that both give the same JSON.
public struct JSONText: Sendable {
    /// The bytes written so far (UTF-8).
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// An empty text with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes an object: `{`, whatever `members` writes with ``member(_:_:)``, `}`.
    public mutating func object(_ members: (inout JSONText) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        members(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes an array of `elements`, each written by `element`.
    public mutating func array<Element>(_ elements: some Sequence<Element>, _ element: (inout JSONText, Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for item in elements { element(&self, item) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member's key; the next value written is its value.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    /// Writes a string value, or `null`.
    public mutating func string(_ value: String?) {
        separate()
        guard let value else { return writeNull() }
        bytes.append(UInt8(ascii: "\""))
        defer {
            bytes.append(UInt8(ascii: "\""))
            needsComma = true
        }
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
    }

    /// Writes an integer.
    public mutating func integer(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// Writes a number as `JSONEncoder` does: a whole number without a fraction (`3`), any other
    /// in Swift's shortest form that reads back the same (`3.6`); not a number or infinity as `null`.
    public mutating func number(_ value: Double) {
        separate()
        if !value.isFinite {
            writeNull()
        } else if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        writeNull()
    }

    private mutating func writeNull() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = false
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
