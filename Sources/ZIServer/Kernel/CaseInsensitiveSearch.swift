import Fluent
import FluentPostgresDriver

extension QueryBuilder {
    /// Rows whose text `field` contains `text`, ignoring case on both databases: SQLite's LIKE
    /// ignores ASCII case, PostgreSQL's does not (ILIKE does).
    @discardableResult
    func filter(_ field: KeyPath<Model, FieldProperty<Model, String>>, containsIgnoringCase text: String) -> Self {
        database is any PostgresDatabase ? filter(field, .custom("ILIKE"), "%\(text)%") : filter(field ~~ text)
    }

    /// The same for an optional text field.
    @discardableResult
    func filter(_ field: KeyPath<Model, OptionalFieldProperty<Model, String>>, containsIgnoringCase text: String) -> Self {
        database is any PostgresDatabase ? filter(field, .custom("ILIKE"), "%\(text)%") : filter(field ~~ text)
    }
}
