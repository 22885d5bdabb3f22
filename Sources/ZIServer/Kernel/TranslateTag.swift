import Leaf
import Vapor

/// `#t("key")` or `#t("key", arg0, arg1…)` in a template: the UI text in the request's language.
struct TranslateTag: LeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let key = ctx.parameters.first?.string else {
            throw Abort(.internalServerError, reason: "#t() needs a translation key")
        }
        let arguments = ctx.parameters.dropFirst().map { $0.string ?? "" }
        guard let req = ctx.request else { return .string(key) }
        return .string(req.t(key, Array(arguments)))
    }
}
