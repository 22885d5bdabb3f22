import Foundation

/// The text colour, black or white, that reads best on a fill colour: the one with the higher
/// contrast ratio by the relative luminance of WCAG 2.
enum ContrastingTextColor {
    /// `#000000` or `#FFFFFF` for text on `fill` (`#RRGGBB`; anything else counts as white).
    static func on(_ fill: String) -> String {
        let luminance = relativeLuminance(fill) ?? 1
        let againstBlack = (luminance + 0.05) / 0.05
        let againstWhite = 1.05 / (luminance + 0.05)
        return againstBlack >= againstWhite ? "#000000" : "#FFFFFF"
    }

    /// The relative luminance (0 black … 1 white) of `#RRGGBB`.
    private static func relativeLuminance(_ hex: String) -> Double? {
        guard hex.count == 7, hex.hasPrefix("#"), let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let srgb = Double(channel) / 255
            return srgb <= 0.03928 ? srgb / 12.92 : pow((srgb + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
