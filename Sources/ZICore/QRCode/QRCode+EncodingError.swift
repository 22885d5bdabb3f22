import Foundation

extension QRCode {
    /// Why bytes could not be encoded.
    public enum EncodingError: Error, Equatable, CustomStringConvertible {
        /// More bytes than version 10 holds at the chosen correction level.
        case dataTooLong(byteCount: Int, maximum: Int)

        public var description: String {
            switch self {
            case let .dataTooLong(byteCount, maximum):
                "\(byteCount) bytes do not fit a QR Code up to version 10 at this correction level (at most \(maximum))."
            }
        }
    }
}
