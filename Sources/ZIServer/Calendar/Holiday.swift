import Fluent
import Foundation

/// A public holiday or collective leave day: not a working day for any working-day deadline.
final class Holiday: Model, @unchecked Sendable {
    static let schema = "holidays"

    @ID(key: .id) var id: UUID?
    /// `YYYY-MM-DD`.
    @Field(key: "date") var date: String
    @Field(key: "name") var name: String

    init() {}
}
