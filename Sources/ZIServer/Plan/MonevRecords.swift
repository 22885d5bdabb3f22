import Fluent
import Foundation

/// The realisation of one action in one monitoring period: percent done and a short report.
final class MonevRealisation: Model, @unchecked Sendable {
    static let schema = "monev_realisations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "action_id") var action: WorkPlanAction
    /// `MonitoringPeriod.key` (`2025-Q1` …).
    @Field(key: "period_key") var periodKey: String
    @Field(key: "percent") var percent: Double
    @OptionalField(key: "report") var report: String?
    @OptionalField(key: "recorded_by") var recordedBy: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

extension MonevRealisation {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] { [$id, $action, $periodKey, $percent, $report, $recordedBy, $updatedAt] }
}

/// A monev meeting of a plan: when, who attended, whether the head was there, the minutes.
final class MonevMeeting: Model, @unchecked Sendable {
    static let schema = "monev_meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    /// The monitoring period the meeting reviews (`MonitoringPeriod.key`).
    @Field(key: "period_key") var periodKey: String
    /// The meeting's date, `YYYY-MM-DD`.
    @Field(key: "date") var date: String
    /// Attendees, one per line.
    @Field(key: "attendees") var attendees: String
    @Field(key: "pimpinan_present") var pimpinanPresent: Bool
    @Field(key: "notulen") var notulen: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

extension MonevMeeting {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] { [$id, $plan, $periodKey, $date, $attendees, $pimpinanPresent, $notulen, $createdAt] }
}

/// A finding of a monev meeting and its follow-up (*tindak lanjut*): owner, due date, status.
final class MonevFinding: Model, @unchecked Sendable {
    static let schema = "monev_findings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Parent(key: "meeting_id") var meeting: MonevMeeting
    @Field(key: "text") var text: String
    @Field(key: "follow_up") var followUp: String
    @OptionalParent(key: "owner_user_id") var owner: User?
    /// `YYYY-MM-DD`.
    @OptionalField(key: "due_date") var dueDate: String?
    /// `FollowUpStatus` raw value.
    @Field(key: "status") var status: String
    /// What was done, written when the follow-up changes status.
    @OptionalField(key: "result_note") var resultNote: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

extension MonevFinding {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $plan, $meeting, $text, $followUp, $owner, $dueDate, $status, $resultNote, $createdAt, $updatedAt]
    }
}

/// An uploaded plan table kept between its dry run and its commit, so the commit imports
/// exactly the file that was previewed.
final class WorkPlanUpload: Model, @unchecked Sendable {
    static let schema = "work_plan_uploads"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: Data
    @Field(key: "uploaded_by") var uploadedBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
