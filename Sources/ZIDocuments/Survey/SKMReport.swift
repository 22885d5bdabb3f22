import ZICore

/// The content of a "Laporan Hasil Survei Kepuasan Masyarakat" (SKM, PermenPANRB 14/2017) of a
/// unit for one period: the result per service and for all services together, the respondents'
/// profile and the follow-up plan.
///
/// Plain data, the results computed by ``SKMCalculator``; ``SKMReportDOCX`` and
/// ``SKMReportXLSX`` render it.
public struct SKMReport: Sendable, Equatable {
    /// The work unit.
    public var unitName: String
    /// The period as it is to be printed (`Triwulan III 2026`).
    public var periodLabel: String
    /// The day the report is made.
    public var generatedOn: CalendarDate
    /// The services surveyed, in the order to print them.
    public var services: [Service]
    /// The result of all responses of all services together; `nil` without responses.
    public var overall: SKMResult?
    /// Who answered.
    public var profile: RespondentProfile
    /// What the unit plans to do about the results, lowest elements first.
    public var followUps: [FollowUp]

    /// A report of `unitName` for `periodLabel`.
    public init(
        unitName: String, periodLabel: String, generatedOn: CalendarDate, services: [Service], overall: SKMResult?,
        profile: RespondentProfile, followUps: [FollowUp]
    ) {
        self.unitName = unitName
        self.periodLabel = periodLabel
        self.generatedOn = generatedOn
        self.services = services
        self.overall = overall
        self.profile = profile
        self.followUps = followUps
    }

    /// The service users of all services, when every service's population is known.
    public var totalPopulation: Int? {
        services.reduce(0 as Int?) { sum, service in sum.flatMap { total in service.population.map { total + $0 } } }
    }

    /// The elements lowest in ``overall`` that no follow-up addresses.
    public var lowestElementsWithoutFollowUp: [SKMElement] {
        (overall?.lowestElements ?? []).filter { element in !followUps.contains { $0.element == element } }
    }

    /// One service (jenis layanan) and its result.
    public struct Service: Sendable, Equatable {
        /// The service's name.
        public var name: String
        /// The result of the service's responses; `nil` when nobody answered.
        public var result: SKMResult?
        /// How many people used the service in the period, if known.
        public var population: Int?

        /// A service named `name` with its result and population.
        public init(name: String, result: SKMResult?, population: Int?) {
            self.name = name
            self.result = result
            self.population = population
        }

        /// The fewest respondents the population needs (Krejcie–Morgan, ``SKMSample``).
        public var minimumSample: Int? { population.map(SKMSample.minimumRespondents) }

        /// How many answered.
        public var respondents: Int { result?.respondents ?? 0 }

        /// Whether fewer answered than the population needs; `false` without a population.
        public var isBelowMinimumSample: Bool { minimumSample.map { respondents < $0 } ?? false }
    }

    /// The respondents counted by age group, sex, education and occupation, each in the order
    /// to print.
    public struct RespondentProfile: Sendable, Equatable {
        /// By age group (`18–24 tahun`).
        public var ageGroups: [LabelledCount]
        /// By sex (`Laki-laki`, `Perempuan`).
        public var sexes: [LabelledCount]
        /// By highest education (`SMA/sederajat`, `S1`).
        public var education: [LabelledCount]
        /// By occupation (`PNS`, `Swasta`).
        public var occupations: [LabelledCount]

        /// A profile with the given counts.
        public init(ageGroups: [LabelledCount], sexes: [LabelledCount], education: [LabelledCount], occupations: [LabelledCount]) {
            self.ageGroups = ageGroups
            self.sexes = sexes
            self.education = education
            self.occupations = occupations
        }

        /// The four groups with their titles, in order.
        var groups: [(title: String, counts: [LabelledCount])] {
            [("Usia", ageGroups), ("Jenis Kelamin", sexes), ("Pendidikan", education), ("Pekerjaan", occupations)]
        }
    }

    /// A planned follow-up of an element's result (rencana tindak lanjut).
    public struct FollowUp: Sendable, Equatable {
        /// The element it improves.
        public var element: SKMElement
        /// The problem found.
        public var problem: String
        /// What is to be done.
        public var action: String
        /// Who is responsible.
        public var owner: String?
        /// When, as the unit words it (`Triwulan IV 2026`).
        public var due: String?
        /// The status as the caller words it (`Direncanakan`, `Selesai`).
        public var status: String

        /// A follow-up of `element`.
        public init(element: SKMElement, problem: String, action: String, owner: String?, due: String?, status: String) {
            self.element = element
            self.problem = problem
            self.action = action
            self.owner = owner
            self.due = due
            self.status = status
        }
    }
}
