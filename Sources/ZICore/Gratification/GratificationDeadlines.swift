/// The time limits of a gratification report, in working days, per unit.
///
/// The law's limit is fixed: a gift received must reach KPK within ``legalLimitToKPK`` (30)
/// working days of its receipt. Inside it the unit sets its own steps (defaults after Peraturan
/// KPK 2/2019): the employee reports to the UPG within ``employeeToUPG`` (10) working days of
/// receipt, and the UPG forwards to KPK within ``upgToKPK`` (10) working days of the report —
/// never later than the legal limit. Once KPK decides a gift becomes state property, the
/// employee hands it over within ``handoverDays`` (7) working days of the decision.
public struct GratificationDeadlines: Sendable, Equatable {
    /// Working days from receipt to the report to the UPG.
    public let employeeToUPG: Int
    /// Working days from the report to the UPG to its forwarding to KPK.
    public let upgToKPK: Int

    /// Working days from receipt within which KPK must have the report (the legal limit).
    public static let legalLimitToKPK = 30
    /// Working days from KPK's decision that the gift is state property to its handover.
    public static let handoverDays = 7
    /// 10 working days for the employee, 10 for the UPG.
    public static let standard = GratificationDeadlines(checkedEmployeeToUPG: 10, upgToKPK: 10)

    /// The unit's limits; both at least 1 working day and together within the legal limit.
    public init(employeeToUPG: Int, upgToKPK: Int) throws(Problem) {
        guard employeeToUPG >= 1, upgToKPK >= 1 else { throw .notPositive }
        guard employeeToUPG + upgToKPK <= Self.legalLimitToKPK else {
            throw .exceedsLegalLimit(employeeToUPG: employeeToUPG, upgToKPK: upgToKPK)
        }
        self.init(checkedEmployeeToUPG: employeeToUPG, upgToKPK: upgToKPK)
    }

    private init(checkedEmployeeToUPG employeeToUPG: Int, upgToKPK: Int) {
        self.employeeToUPG = employeeToUPG
        self.upgToKPK = upgToKPK
    }

    /// Why a unit's limits are refused; ``description`` says what to fix, in Indonesian.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// A limit of 0 working days or fewer.
        case notPositive
        /// The two steps together take longer than the legal limit.
        case exceedsLegalLimit(employeeToUPG: Int, upgToKPK: Int)

        /// The explanation, in Indonesian.
        public var description: String {
            switch self {
            case .notPositive:
                "Batas waktu pelaporan gratifikasi harus sedikitnya 1 hari kerja."
            case .exceedsLegalLimit(let employeeToUPG, let upgToKPK):
                "Batas pelaporan pegawai ke UPG (\(employeeToUPG) hari kerja) ditambah batas penerusan UPG ke KPK "
                    + "(\(upgToKPK) hari kerja) melebihi \(GratificationDeadlines.legalLimitToKPK) hari kerja sejak gratifikasi "
                    + "diterima; kurangi salah satunya."
            }
        }
    }

    /// The day the employee's report to the UPG is due, for a gift received on `receivedOn`.
    public func reportToUPGDue(receivedOn: CalendarDate, calendar: WorkingCalendar) -> CalendarDate {
        calendar.adding(workingDays: employeeToUPG, to: receivedOn)
    }

    /// The day the report is due at KPK: ``upgToKPK`` working days after the UPG received it, but
    /// no later than the legal limit from receipt (the legal limit alone while the UPG has no report).
    public func forwardToKPKDue(receivedOn: CalendarDate, reportedToUPGOn: CalendarDate?, calendar: WorkingCalendar) -> CalendarDate {
        let legal = calendar.adding(workingDays: Self.legalLimitToKPK, to: receivedOn)
        guard let reportedToUPGOn else { return legal }
        return min(calendar.adding(workingDays: upgToKPK, to: reportedToUPGOn), legal)
    }

    /// The day a gift KPK declared state property on `decidedOn` is due to be handed over.
    public func handoverDue(decidedOn: CalendarDate, calendar: WorkingCalendar) -> CalendarDate {
        calendar.adding(workingDays: Self.handoverDays, to: decidedOn)
    }
}
