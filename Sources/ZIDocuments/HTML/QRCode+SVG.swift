import Foundation
import ZICore

extension QRCode {
    /// The symbol as a standalone SVG image for inline use in HTML: a white background with the
    /// quiet zone, and one black `<path>` drawing each horizontal run of dark modules as a
    /// rectangle one module high. Coordinates are in modules (the `viewBox`); `width` and
    /// `height` are `moduleSize` pixels per module. `title` names the image for assistive
    /// technology and is escaped.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String) -> String {
        precondition(moduleSize > 0 && quietZone >= 0, "module size must be positive and the quiet zone not negative")
        let side = size + 2 * quietZone
        let pixels = side * moduleSize
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels)" height="\(pixels)" \
            viewBox="0 0 \(side) \(side)" role="img" shape-rendering="crispEdges">\
            <title>\(XMLEscaping.escape(title))</title>\
            <rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path fill="#000" d="\(darkModulesPath(offset: quietZone))"/>\
            </svg>
            """
    }

    /// Path data with one closed rectangle per horizontal run of dark modules, shifted by
    /// `offset` modules right and down.
    private func darkModulesPath(offset: Int) -> String {
        darkRuns().map { run in
            "M\(run.x + offset) \(run.y + offset)h\(run.length)v1h-\(run.length)z"
        }.joined()
    }

    /// The maximal horizontal runs of dark modules, row by row from the top left.
    private func darkRuns() -> [(x: Int, y: Int, length: Int)] {
        var runs: [(x: Int, y: Int, length: Int)] = []
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                runs.append((start, y, x - start))
            }
        }
        return runs
    }
}
