import Vapor

/// The reason a step needs (re-opening an approved plan or a concluded assessment), from a
/// form or a JSON body alike.
struct ReasonInput: Content {
    var reason: String?
}
