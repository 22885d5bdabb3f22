import Leaf
import Vapor

/// `#locale()` in a template: the request's language (`id` or `en`), for `<html lang>`, a
/// language switch that works without a cookie (`?lang=`), and forms that must keep it.
struct LocaleTag: LeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        .string(ctx.request?.locale ?? Translations.defaultLocale)
    }
}
