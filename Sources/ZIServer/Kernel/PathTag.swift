import Leaf
import Vapor

/// `#path("unitComplaints", data.unit.id)` in a template: the ``SitePath`` of that name with
/// its parameters filled in. An unknown name fails the page (and the page tests).
struct PathTag: LeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let name = ctx.parameters.first?.string, let path = SitePath.named(name) else {
            throw Abort(.internalServerError, reason: "#path() needs the name of a SitePath case")
        }
        return .string(SitePath.fill(path.rawValue, ctx.parameters.dropFirst().map { $0.string ?? "" }))
    }
}
