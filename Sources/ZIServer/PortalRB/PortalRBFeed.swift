import Fluent
import Vapor
import ZICore

/// What PortalRB receives, built from the agency's confirmed proposal list of a year and its
/// units' LKE answers; served by ``PortalRBController`` and shown on the agency's PortalRB page.
enum PortalRBFeed {
    /// §3.1–3.2: `{tahun, units: [{id, nama, kategori, afirmasi}]}`.
    struct UnitList: Content {
        struct Unit: Content {
            let id: String
            let nama: String
            let kategori: String
            let afirmasi: Bool
        }

        let tahun: Int
        let units: [Unit]
    }

    /// §3.3: `{unit_id, nama_unit, tahun, answers: [...]}`.
    struct AnswerSheet: Encodable, AsyncResponseEncodable {
        let unitID: String
        let namaUnit: String
        let tahun: Int
        let answers: [PortalRBAnswer]

        private enum CodingKeys: String, CodingKey {
            case unitID = "unit_id", namaUnit = "nama_unit", tahun, answers
        }

        func encodeResponse(for request: Request) async throws -> Response {
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: try JSONEncoder().encode(self)))
        }
    }

    /// This server's address as the request reached it (`https://host`), for absolute links; the
    /// scheme is `https` when a proxy says so.
    static func origin(_ req: Request) -> String {
        let scheme = req.headers.first(name: "X-Forwarded-Proto") == "https" ? "https" : (req.url.scheme ?? "http")
        return "\(scheme)://\(req.headers.first(name: .host) ?? "localhost")"
    }

    /// The confirmed units of `predicate` (`wbk`: WBK and WBK-AFIRMASI; `wbbm`); 404 without a confirmed list.
    static func units(instansiID: UUID, year: Int, predicate: String, on db: any Database) async throws -> UnitList {
        guard let proposed = try await ProposalService.confirmed(instansiID: instansiID, year: year, predicate: predicate, on: db)
        else { throw PortalRBError.noProposals }
        return UnitList(
            tahun: year,
            units: proposed.map { proposal, unit in
                .init(id: unit.id!.uuidString, nama: unit.name, kategori: proposal.category, afirmasi: proposal.afirmasi)
            })
    }

    /// The answers of a unit on the agency's confirmed list; 404 for any other unit.
    /// `baseURL` (`https://host`) makes the evidence share links absolute; `app` makes missing shares.
    static func answers(
        instansiID: UUID, year: Int, unitID: UUID, master: LKEFramework, baseURL: String, app: Application, on db: any Database
    ) async throws -> AnswerSheet {
        guard let unit = try await ProposalService.confirmedUnit(instansiID: instansiID, year: year, unitID: unitID, on: db) else {
            throw PortalRBError.unitNotProposed
        }
        guard let assessment = try await ProposalList.decidingAssessment(unit: unit, year: year, on: db) else {
            throw PortalRBError.noAnswers
        }
        var records = try await AssessmentAnswerRecords.of(assessment, on: db)
        let shares = try await EvidenceShareService.links(for: assessment, now: AppClock.current.now(), app: app, on: db)
        for (question, path) in shares {
            let record = records[question]
            records[question] = PortalRBQuestionRecord(
                unitAnswer: record?.unitAnswer, tpiAnswer: record?.tpiAnswer, unitNote: record?.unitNote, evidence: baseURL + path,
                tpiNote: record?.tpiNote)
        }
        return AnswerSheet(
            unitID: unit.id!.uuidString, namaUnit: unit.name, tahun: year, answers: PortalRBAnswer.rows(of: master, records: records))
    }
}
