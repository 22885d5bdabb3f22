import Foundation
import Vapor
import ZICore
import ZIDocuments

/// The plan header as a form or an API body sends it: monev cadence, document options,
/// signature, the teams' decrees, and the narrative sections of the generated document.
/// Every field is optional; an absent field keeps its stored value.
struct PlanHeader: Content {
    var cadence: String?
    var showRealisasi: Bool?
    var signPlace: String?
    var signDate: String?
    var timSKNumber: String?
    var timSKDate: String?
    var agenSKNumber: String?
    var agenSKDate: String?
    var kataPengantar: String?
    var latarBelakang: String?
    /// The regulations, one per line.
    var dasarHukum: String?
    var maksudTujuan: String?
    /// Terms, one per line as `Istilah: definisi`.
    var pengertianUmum: String?
    var pencanangan: String?
    var prosesPembangunan: String?
    var monitoringEvaluasi: String?
    var penutup: String?
    var mekanismeTimKerja: String?
    var mekanismeAgenPerubahan: String?

    static let maxSectionLength = 20000

    /// Checks every field and writes the given ones into `plan`; reports all problems at once.
    func apply(to plan: WorkPlan) throws {
        var validator = Validator()
        var cadenceValue: MonitoringCadence?
        if let cadence {
            cadenceValue = MonitoringCadence(rawValue: cadence)
            if cadenceValue == nil { validator.add("cadence", "validation.choice") }
        }
        let dates = [("signDate", signDate), ("timSKDate", timSKDate), ("agenSKDate", agenSKDate)]
        for (field, value) in dates {
            if let value, !value.isEmpty, CalendarDate(iso: value) == nil { validator.add(field, "validation.date") }
        }
        let place = validator.optional("signPlace", signPlace, max: 200)
        let timNumber = validator.optional("timSKNumber", timSKNumber, max: 200)
        let agenNumber = validator.optional("agenSKNumber", agenSKNumber, max: 200)
        var narrative = try Self.decode(plan.narrativeJSON)
        let sections: [(String, String?, WritableKeyPath<PlanNarrative, String>)] = [
            ("kataPengantar", kataPengantar, \.kataPengantar), ("latarBelakang", latarBelakang, \.latarBelakang),
            ("maksudTujuan", maksudTujuan, \.maksudTujuan), ("pencanangan", pencanangan, \.pencanangan),
            ("prosesPembangunan", prosesPembangunan, \.prosesPembangunan),
            ("monitoringEvaluasi", monitoringEvaluasi, \.monitoringEvaluasi), ("penutup", penutup, \.penutup),
            ("mekanismeTimKerja", mekanismeTimKerja, \.mekanismeTimKerja),
            ("mekanismeAgenPerubahan", mekanismeAgenPerubahan, \.mekanismeAgenPerubahan),
        ]
        for (field, value, path) in sections {
            guard let value else { continue }
            narrative[keyPath: path] = validator.optional(field, value, max: Self.maxSectionLength) ?? ""
        }
        if let dasarHukum { narrative.dasarHukum = Self.lines(dasarHukum) }
        if let pengertianUmum { narrative.pengertianUmum = Self.terms(pengertianUmum, into: &validator) }
        try validator.check()
        if let cadenceValue { plan.cadence = cadenceValue.rawValue }
        if let showRealisasi { plan.showRealisasi = showRealisasi }
        if signPlace != nil { plan.signPlace = place }
        if timSKNumber != nil { plan.timSKNumber = timNumber }
        if agenSKNumber != nil { plan.agenSKNumber = agenNumber }
        if let signDate { plan.signDate = signDate.isEmpty ? nil : signDate }
        if let timSKDate { plan.timSKDate = timSKDate.isEmpty ? nil : timSKDate }
        if let agenSKDate { plan.agenSKDate = agenSKDate.isEmpty ? nil : agenSKDate }
        plan.narrativeJSON = try Self.encode(narrative)
    }

    /// Non-empty trimmed lines.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `Istilah: definisi` lines as terms; a line without a colon is reported.
    private static func terms(_ text: String, into validator: inout Validator) -> [PlanNarrative.Term] {
        lines(text).compactMap { line in
            guard let colon = line.firstIndex(of: ":") else {
                validator.add("pengertianUmum", "validation.term_line", [line])
                return nil
            }
            return PlanNarrative.Term(
                term: line[..<colon].trimmingCharacters(in: .whitespaces),
                definition: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    static func encode(_ narrative: PlanNarrative) throws -> String {
        String(decoding: try JSONEncoder().encode(narrative), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> PlanNarrative {
        try JSONDecoder().decode(PlanNarrative.self, from: Data(json.utf8))
    }
}
