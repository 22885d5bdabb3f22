import Fluent
import Foundation

/// A service of a unit that the public rates in the satisfaction survey (SKM).
final class SurveyService: Model, @unchecked Sendable {
    static let schema = "survey_services"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "name") var name: String
    /// Expected users of the service per year, for the minimum sample (Krejcie–Morgan).
    @OptionalField(key: "population") var population: Int?
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One respondent's answers: the nine elements (1–4), the profile and a comment. Anonymous:
/// nothing identifies the person or the device.
final class SurveyResponse: Model, @unchecked Sendable {
    static let schema = "survey_responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Parent(key: "service_id") var service: SurveyService
    /// The day (WIB) of the answer, `YYYY-MM-DD`.
    @Field(key: "answered_on") var answeredOn: String
    @Field(key: "u1") var u1: Int
    @Field(key: "u2") var u2: Int
    @Field(key: "u3") var u3: Int
    @Field(key: "u4") var u4: Int
    @Field(key: "u5") var u5: Int
    @Field(key: "u6") var u6: Int
    @Field(key: "u7") var u7: Int
    @Field(key: "u8") var u8: Int
    @Field(key: "u9") var u9: Int
    @OptionalField(key: "age_group") var ageGroup: String?
    @OptionalField(key: "sex") var sex: String?
    @OptionalField(key: "education") var education: String?
    @OptionalField(key: "occupation") var occupation: String?
    @OptionalField(key: "comment") var comment: String?

    init() {}

    /// The scores as the calculator reads them.
    var scores: [Int] { [u1, u2, u3, u4, u5, u6, u7, u8, u9] }
}

/// Creates the survey tables.
struct CreateSurveys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SurveyService.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("population", .int)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "unit_id", "name")
            .create()
        var responses = database.schema(SurveyResponse.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("service_id", .uuid, .required, .references(SurveyService.schema, "id", onDelete: .restrict))
            .field("answered_on", .string, .required)
        for element in 1...9 { responses = responses.field(.string("u\(element)"), .int, .required) }
        try await responses
            .field("age_group", .string)
            .field("sex", .string)
            .field("education", .string)
            .field("occupation", .string)
            .field("comment", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SurveyResponse.schema).delete()
        try await database.schema(SurveyService.schema).delete()
    }
}
