import Fluent
import Foundation

/// A unit's *Rencana Kerja Pembangunan Zona Integritas* for one year: the header, the
/// narrative of the generated document, the teams' decrees and the monev cadence.
/// Its areas, indicators and actions hang below it.
///
/// An approved plan is locked: nothing in it changes until it is re-opened (audited, with a reason).
package final class WorkPlan: Model, @unchecked Sendable {
    package static let schema = "work_plans"

    /// Where a plan stands.
    enum Status: String, Codable, CaseIterable, Sendable {
        /// Being written; every part can change.
        case draft
        /// Approved by the head of the unit; locked.
        case approved
    }

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    @Enum(key: "status") var status: Status
    /// How often monev is held (`MonitoringCadence` raw value).
    @Field(key: "cadence") var cadence: String
    /// Whether the generated document shows the % REALISASI column.
    @Field(key: "show_realisasi") var showRealisasi: Bool
    /// The editable narrative sections (`PlanNarrative` as JSON).
    @Field(key: "narrative") var narrativeJSON: String
    /// Where and when the head signs the document.
    @OptionalField(key: "sign_place") var signPlace: String?
    @OptionalField(key: "sign_date") var signDate: String?
    @OptionalField(key: "tim_sk_number") var timSKNumber: String?
    @OptionalField(key: "tim_sk_date") var timSKDate: String?
    @OptionalField(key: "agen_sk_number") var agenSKNumber: String?
    @OptionalField(key: "agen_sk_date") var agenSKDate: String?
    /// How the plan was started: `empty`, `lke`, `previous` or `import`.
    @Field(key: "origin") var origin: String
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}
}

extension WorkPlan {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    package var properties: [any AnyProperty] {
        [
            $id, $unit, $year, $status, $cadence, $showRealisasi, $narrativeJSON, $signPlace, $signDate, $timSKNumber, $timSKDate,
            $agenSKNumber, $agenSKDate, $origin, $approvedAt, $approvedBy, $createdAt, $updatedAt,
        ]
    }
}

/// A change area of a plan: one of the six standard areas or one the unit added.
final class WorkPlanArea: Model, @unchecked Sendable {
    static let schema = "work_plan_areas"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Field(key: "position") var position: Int
    /// 1…6 for a standard change area; nil for one the unit added.
    @OptionalField(key: "standard_number") var standardNumber: Int?
    @Field(key: "name") var name: String

    init() {}
}

extension WorkPlanArea {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] { [$id, $plan, $position, $standardNumber, $name] }
}

/// An indicator of a plan area, optionally tied to the LKE question it serves.
final class WorkPlanIndicator: Model, @unchecked Sendable {
    static let schema = "work_plan_indicators"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Parent(key: "area_id") var area: WorkPlanArea
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String
    @OptionalField(key: "lke_question_id") var lkeQuestionID: String?

    init() {}
}

extension WorkPlanIndicator {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] { [$id, $plan, $area, $position, $text, $lkeQuestionID] }
}

/// An action step (*langkah aksi*) with the evidence it must produce, its timing as written
/// and as parsed, who is responsible, and how far it is done.
final class WorkPlanAction: Model, @unchecked Sendable {
    static let schema = "work_plan_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Parent(key: "indicator_id") var indicator: WorkPlanIndicator
    @Field(key: "position") var position: Int
    @Field(key: "langkah_aksi") var langkahAksi: String
    /// The evidence items (*bukti fisik*) as a JSON array of strings.
    @Field(key: "bukti_fisik") var buktiFisikJSON: String
    /// TARGET WAKTU exactly as written; always kept.
    @OptionalField(key: "target_waktu") var targetWaktu: String?
    /// The `PeriodSchedule` read from `targetWaktu` in the plan's year, as JSON.
    @OptionalField(key: "schedule") var scheduleJSON: String?
    /// True when the timing needs scheduling by hand ("perlu dijadwalkan").
    @Field(key: "needs_scheduling") var needsScheduling: Bool
    @OptionalParent(key: "pic_user_id") var picUser: User?
    /// A team or position responsible, when not (only) a user (`Tim Manajemen Perubahan`).
    @OptionalField(key: "pic_text") var picText: String?
    /// The latest realisation in percent (0…100).
    @OptionalField(key: "realisasi_percent") var realisasiPercent: Double?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

extension WorkPlanAction {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [
            $id, $plan, $indicator, $position, $langkahAksi, $buktiFisikJSON, $targetWaktu, $scheduleJSON, $needsScheduling, $picUser,
            $picText, $realisasiPercent, $updatedAt,
        ]
    }
}

/// A priority target (*target prioritas*) of a plan.
final class WorkPlanTarget: Model, @unchecked Sendable {
    static let schema = "work_plan_targets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String

    init() {}
}

/// A member of the plan's Tim Kerja or one of its Agen Perubahan.
final class WorkPlanTeamMember: Model, @unchecked Sendable {
    static let schema = "work_plan_team_members"

    /// Which team a member belongs to.
    enum Team: String, Codable, CaseIterable, Sendable {
        case timKerja = "tim_kerja"
        case agenPerubahan = "agen_perubahan"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: WorkPlan
    @Enum(key: "team") var team: Team
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "nip") var nip: String?
    /// The member's role in the team (`Ketua`, `Koordinator Area …`, `Anggota`).
    @Field(key: "role") var role: String

    init() {}
}
