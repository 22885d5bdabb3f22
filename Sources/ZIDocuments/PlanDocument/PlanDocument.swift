import ZICore

/// The content of a "Dokumen Rencana Kerja Pembangunan Zona Integritas": who the unit is, the
/// narrative chapters, the action plan per change area, the teams and the priority targets.
///
/// Plain data; ``PlanDocumentDOCX`` and ``PlanDocumentHTML`` render it.
public struct PlanDocument: Sendable, Equatable {
    /// The work unit building the Zona Integritas (`Balai Penelitian Ternak`).
    public var unitName: String
    /// The agency above the unit (`Kementerian Pertanian`), if it is to be named.
    public var instansiName: String?
    /// The plan year.
    public var year: Int
    /// The predicate the unit works toward; it names the document on the cover.
    public var target: TargetPredicate
    /// The city written before the signing date (`Bogor`), if known.
    public var place: String?
    /// The signing date, if known.
    public var signDate: CalendarDate?
    /// The head of the unit who signs, if known.
    public var headName: String?
    /// The head's NIP, if known.
    public var headNIP: String?
    /// The head's position, written above the signature (`Kepala Balai Penelitian Ternak`).
    public var headTitle: String
    /// The editable text of the chapters.
    public var narrative: PlanNarrative
    /// The change areas with their indikator and actions, in document order.
    public var areas: [Area]
    /// Whether the action table has a `% REALISASI` column.
    public var showRealisasi: Bool
    /// The priority targets of the year (Lampiran III).
    public var targetPrioritas: [String]
    /// The Tim Kerja ZI (Lampiran I), if appointed.
    public var timKerja: Team?
    /// The Agen Perubahan (Lampiran II), if appointed.
    public var agenPerubahan: Team?

    public init(
        unitName: String, instansiName: String?, year: Int, target: TargetPredicate = .wbk, place: String?,
        signDate: CalendarDate?, headName: String?, headNIP: String?, headTitle: String, narrative: PlanNarrative,
        areas: [Area], showRealisasi: Bool, targetPrioritas: [String], timKerja: Team?, agenPerubahan: Team?
    ) {
        self.unitName = unitName
        self.instansiName = instansiName
        self.year = year
        self.target = target
        self.place = place
        self.signDate = signDate
        self.headName = headName
        self.headNIP = headNIP
        self.headTitle = headTitle
        self.narrative = narrative
        self.areas = areas
        self.showRealisasi = showRealisasi
        self.targetPrioritas = targetPrioritas
        self.timKerja = timKerja
        self.agenPerubahan = agenPerubahan
    }
}
