import Fluent
import Vapor
import ZICore

/// The TPN submission checklist (Tabel 5) of a unit for a year: the agency's items and the
/// unit's own, each with its recorded value and whether it meets Menuju WBK and WBBM.
struct PrerequisiteChecklist: Content, Sendable {
    /// One line of the checklist.
    struct Line: Content, Sendable {
        let id: String
        let level: String
        let label: String
        let kind: String
        /// The values a scale or yes/no item accepts; empty for percentages.
        let allowed: [String]
        /// The recorded value.
        let value: String?
        let note: String?
        /// The value computed from the unit's records, when a feature computes this item.
        let computed: PrerequisiteSuggestion?
        /// Judged on the recorded value, else on the computed one; nil while there is neither.
        let meetsWBK: Bool?
        let meetsWBBM: Bool?
    }

    let year: Int
    let regulation: String
    let remark: String
    let pemerintahDaerah: Bool
    /// The unit's service type (``UnitServiceType``), if recorded.
    let serviceType: String?
    /// Set when the Stranas PK exemption covers the unit: it may be proposed while items are
    /// still unmet (the regulation's words).
    let stranasPKExemption: String?
    let lines: [Line]

    static func load(unit: WorkUnit, year: Int, req: Request) async throws -> PrerequisiteChecklist {
        let table = req.application.lke.prerequisites
        let instansi = try await unit.$instansi.get(on: req.db)
        let stored = try await PrerequisiteValue.query(on: req.db).filter(\.$year == year)
            .group(.or) { $0.filter(\.$unit.$id == unit.id!).filter(\.$instansi.$id == instansi.id!) }
            .all()
        var computed: [String: PrerequisiteSuggestion] = [:]
        for source in req.application.prerequisiteSuggestionSources {
            for suggestion in try await source.suggestions(unit: unit, year: year, req: req) { computed[suggestion.itemID] = suggestion }
        }
        let lines = table.items.map { item -> Line in
            let record = stored.first { $0.itemID == item.id && (item.level == .unit ? $0.$unit.id != nil : $0.$unit.id == nil) }
            let judged = record?.value ?? computed[item.id]?.value
            let met = { (predicate: String) in
                table.isMet(item, value: judged, predicate: predicate, pemerintahDaerah: instansi.isPemerintahDaerah)
            }
            return Line(
                id: item.id, level: item.level.rawValue, label: item.label, kind: item.kind.rawValue,
                allowed: table.allowedValues(of: item), value: record?.value, note: record?.note, computed: computed[item.id],
                meetsWBK: met("wbk"), meetsWBBM: met("wbbm"))
        }
        let serviceType = unit.serviceType.flatMap(UnitServiceType.init(rawValue:))
        let exempt = table.stranasPK.map { $0.covers(serviceType, pemerintahDaerah: instansi.isPemerintahDaerah) } ?? false
        return PrerequisiteChecklist(
            year: year, regulation: table.regulation, remark: table.note,
            pemerintahDaerah: instansi.isPemerintahDaerah, serviceType: unit.serviceType,
            stranasPKExemption: exempt ? table.stranasPK?.basis : nil, lines: lines)
    }

    /// Records values (empty text removes a value). Agency items need the right on the agency,
    /// unit items the right on the unit.
    static func save(values: [String: String], notes: [String: String], unit: WorkUnit, year: Int, req: Request) async throws {
        guard AssessmentService.years.contains(year) else {
            throw AppError.validation([FieldError(field: "year", key: "validation.year")])
        }
        let table = req.application.lke.prerequisites
        var problems: [FieldError] = []
        for (id, value) in values {
            guard let item = table.items.first(where: { $0.id == id }) else {
                problems.append(FieldError(field: id, key: "validation.prerequisite_unknown"))
                continue
            }
            let text = value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            if !text.isEmpty && !table.isValid(text, for: item) {
                problems.append(
                    FieldError(
                        field: id, key: "validation.prerequisite_value",
                        arguments: [item.kind == .percent ? "0–100" : table.allowedValues(of: item).joined(separator: "/")]))
            }
            if (notes[id]?.count ?? 0) > AnswerUpdate.maxNoteLength {
                problems.append(
                    FieldError(field: "note.\(id)", key: "validation.too_long", arguments: [String(AnswerUpdate.maxNoteLength)]))
            }
            try await req.require(.managePrerequisites, on: item.level == .unit ? unit.accessTarget : .instansi(unit.$instansi.id))
        }
        if !problems.isEmpty { throw AppError.validation(problems) }
        try await req.writeAsUser { actor, db in
            for (id, raw) in values.sorted(by: { $0.key < $1.key }) {
                let item = table.items.first { $0.id == id }!
                let value = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
                var query = PrerequisiteValue.query(on: db).filter(\.$year == year).filter(\.$itemID == id)
                query =
                    item.level == .unit
                    ? query.filter(\.$unit.$id == unit.id!)
                    : query.filter(\.$instansi.$id == unit.$instansi.id).filter(\.$unit.$id == nil)
                let existing = try await query.first()
                if value.isEmpty {
                    try await existing?.delete(on: db)
                } else {
                    let record = existing ?? PrerequisiteValue()
                    record.year = year
                    record.itemID = id
                    if item.level == .unit { record.$unit.id = unit.id } else { record.$instansi.id = unit.$instansi.id }
                    record.value = value
                    record.note = notes[id].flatMap { $0.isEmpty ? nil : $0 }
                    try await record.save(on: db)
                }
                try await AuditLog.record(
                    AuditChange(
                        entity: "prerequisite", entityID: id, action: value.isEmpty ? "clear" : "set",
                        instansiID: unit.$instansi.id, unitID: item.level == .unit ? unit.id : nil,
                        before: existing.map { ["value": $0.value] }, after: ["value": value, "year": String(year)]),
                    by: actor, on: db)
            }
        }
    }
}
