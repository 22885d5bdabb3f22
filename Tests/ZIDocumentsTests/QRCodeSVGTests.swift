import XCTest
import ZICore
@testable import ZIDocuments

/// The QR code as inline SVG: one labelled image, the title escaped, the path drawing exactly the dark modules.
final class QRCodeSVGTests: XCTestCase {
    func testSVGIsOneLabelledImageWithEscapedTitle() throws {
        let svg = try QRCode(encoding: "hello").svg(moduleSize: 3, quietZone: 4, title: "Budi's <code> & \"more\"")
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"87\" height=\"87\" viewBox=\"0 0 29 29\""), svg)
        XCTAssertTrue(svg.contains("role=\"img\""))
        XCTAssertTrue(svg.contains("shape-rendering=\"crispEdges\""))
        XCTAssertTrue(svg.contains("<title>Budi&apos;s &lt;code&gt; &amp; &quot;more&quot;</title>"), svg)
        XCTAssertEqual(svg.components(separatedBy: "<path").count - 1, 1)
        XCTAssertFalse(svg.lowercased().contains("script"))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
    }

    func testSVGPathDrawsExactlyTheDarkModules() throws {
        let code = try QRCode(
            encoding:
                "otpauth://totp/SIZI:budi.santoso?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=SIZI&algorithm=SHA1&digits=6&period=30")
        let quietZone = 2
        let svg = code.svg(quietZone: quietZone, title: "enrolment")
        let pathData = try XCTUnwrap(svg.components(separatedBy: " d=\"").last?.components(separatedBy: "\"").first)
        var drawn = Set<[Int]>()
        for rectangle in pathData.split(separator: "z") {
            let numbers = rectangle.split { !$0.isNumber }.compactMap { Int($0) }
            XCTAssertTrue(rectangle.hasPrefix("M") && rectangle.contains("v1h-"), String(rectangle))
            XCTAssertEqual(numbers.count, 5, String(rectangle))
            let (x, y, length) = (numbers[0] - quietZone, numbers[1] - quietZone, numbers[2])
            XCTAssertEqual(numbers[3...], [1, length], String(rectangle))
            for column in x..<(x + length) { XCTAssertTrue(drawn.insert([column, y]).inserted, "drawn twice") }
        }
        let dark = Set((0..<code.size).flatMap { y in (0..<code.size).filter { code.isDark(x: $0, y: y) }.map { [$0, y] } })
        XCTAssertEqual(drawn, dark)
    }
}
