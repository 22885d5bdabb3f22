import Foundation
import Vapor
import ZICore
import ZIServer

/// The installation `sizi bench pages` measures: one agency whose units each hold a complete
/// 2026 assessment with notes (written through the services), and one measured unit that also
/// holds what its pages list, entered through the API and the public forms as users do: a work
/// plan of 60 actions with realisations, 50 evidence files linked to questions, 20 complaints,
/// 200 SKM responses, 50 employees and 20 risks.
struct PagesBenchmarkSeed: Sendable {
    let instansiID: UUID
    let unitID: UUID
    let assessmentID: UUID
    let planID: UUID
    let periodKey: String
    let surveyServiceID: UUID
    /// A question of the assessment and an answer the autosave may store again and again.
    let autosaveQuestion: (id: String, answer: String)

    static let year = 2026

    static func make(_ server: BenchmarkServer, units: Int) async throws -> PagesBenchmarkSeed {
        let agency = try await RollupBenchmark.seedAgency(server.app, units: units, seed: 2026, notes: true)
        let unitID = agency.unitID
        let questions = agency.framework.questions
        let planID = try await plan(server, unitID: unitID)
        try await realisations(server, planID: planID)
        try await evidence(server, unitID: unitID, assessmentID: agency.assessmentID, questionIDs: questions.map(\.id))
        try await complaints(server, unitID: unitID)
        let serviceID = try await surveyResponses(server, unitID: unitID)
        try await employees(server, unitID: unitID)
        try await risks(server, unitID: unitID)
        guard let option = questions.first(where: { !$0.options.isEmpty }) else { throw CommandLineError("no option question") }
        return PagesBenchmarkSeed(
            instansiID: agency.instansiID, unitID: unitID, assessmentID: agency.assessmentID, planID: planID, periodKey: "\(year)-Q2",
            surveyServiceID: serviceID, autosaveQuestion: (option.id, option.options[0].code))
    }

    /// The `id` of the created record in an API answer (under `inside` when the record is nested).
    private static func identifier(_ data: Data, inside: String? = nil) throws -> UUID {
        let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let object = inside.map { answer?[$0] as? [String: Any] } ?? answer
        guard let id = object?["id"] as? String,
            let uuid = UUID(uuidString: id)
        else { throw CommandLineError("the answer has no id: \(String(decoding: data.prefix(300), as: UTF8.self))") }
        return uuid
    }

    private static func plan(_ server: BenchmarkServer, unitID: UUID) async throws -> UUID {
        let created = try await server.api(.POST, "/api/v1/units/\(unitID)/plans", json: ["year": year])
        let planID = try identifier(created, inside: "plan")
        try await server.api(
            .POST, "/api/v1/plans/\(planID)/import", body: PlanBenchmarkTable.csv(rows: 60),
            contentType: HTTPMediaType(type: "text", subType: "csv"))
        return planID
    }

    /// Every action due in each quarter gets a percentage and a report.
    private static func realisations(_ server: BenchmarkServer, planID: UUID) async throws {
        for quarter in 1...4 {
            let path = "/api/v1/plans/\(planID)/monev/\(year)-Q\(quarter)"
            let period = try JSONSerialization.jsonObject(with: try await server.api(.GET, path)) as? [String: Any]
            let actions = (period?["actions"] as? [[String: Any]] ?? []).compactMap { $0["actionID"] as? String }
            let entries = actions.enumerated().map { index, id in
                ["actionID": id, "percent": String(index % 2 == 0 ? 100 : 50), "report": "Kegiatan triwulan \(quarter) terlaksana."]
            }
            if !entries.isEmpty { try await server.api(.PUT, path + "/realisations", json: ["entries": entries]) }
        }
    }

    private static func evidence(_ server: BenchmarkServer, unitID: UUID, assessmentID: UUID, questionIDs: [String]) async throws {
        for index in 0..<50 {
            let pdf = Data("%PDF-1.4\n% bukti \(index)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
            try await server.apiUpload(
                "/api/v1/units/\(unitID)/evidence",
                fields: [
                    "title": "Bukti dukung \(index + 1)", "kind": "laporan", "assessmentID": assessmentID.uuidString,
                    "questionID": questionIDs[index % questionIDs.count],
                ], file: ("bukti-\(index + 1).pdf", pdf))
        }
    }

    private static func complaints(_ server: BenchmarkServer, unitID: UUID) async throws {
        for index in 0..<20 {
            try await server.api(
                .POST, "/api/v1/units/\(unitID)/complaints",
                json: [
                    "channel": "web", "subject": "Pengaduan layanan \(index + 1)",
                    "description": "Antrean layanan terlalu lama pada hari kerja; mohon perbaikan jadwal petugas.",
                ])
        }
    }

    /// A service and 200 answers to its questionnaire, through the public form.
    private static func surveyResponses(_ server: BenchmarkServer, unitID: UUID) async throws -> UUID {
        let serviceID = try identifier(
            try await server.api(
                .POST, "/api/v1/units/\(unitID)/survey/services", json: ["name": "Layanan Perizinan", "population": "5000"]))
        let path = "/publik/\(unitID)/survei/\(serviceID)"
        let csrf = try await server.visitorFormToken(from: path)
        for index in 0..<200 {
            try await server.publicForm(path, csrf: csrf, fields: surveyAnswer(index))
        }
        return serviceID
    }

    /// The public questionnaire's fields for respondent `index` (scores 2…4 on U1…U9).
    static func surveyAnswer(_ index: Int) -> [String: String] {
        var fields = ["ageGroup": "30–39", "comment": "Pelayanan cepat."]
        for element in 1...9 { fields["u\(element)"] = String(2 + (index + element) % 3) }
        return fields
    }

    private static func employees(_ server: BenchmarkServer, unitID: UUID) async throws {
        for index in 0..<50 {
            let nip = String(format: "19850101201001%d%03d", 1 + index % 2, index + 1)
            try await server.api(
                .POST, "/api/v1/units/\(unitID)/employees",
                json: ["nip": nip, "name": "Pegawai \(index + 1)", "position": "Analis", "lhkpnObliged": index % 5 == 0])
        }
    }

    private static func risks(_ server: BenchmarkServer, unitID: UUID) async throws {
        for index in 0..<20 {
            try await server.api(
                .POST, "/api/v1/units/\(unitID)/risks",
                json: [
                    "year": year, "objective": "Pelayanan tepat waktu", "statement": "Risiko \(index + 1): penundaan layanan",
                    "cause": "Petugas terbatas", "effect": "Keluhan masyarakat", "likelihood": 1 + index % 5, "impact": 1 + (index / 5) % 5,
                ])
        }
    }
}
