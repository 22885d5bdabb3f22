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

        /// The sheet as compact JSON, written without `JSONEncoder` (the same JSON, checked by a
        /// test; a profile of this endpoint found a fifth of its CPU time in the encoder).
        func encodeResponse(for request: Request) async throws -> Response {
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: json().bytes)))
        }

        /// The sheet written as JSON, members in the guide's order.
        func json() -> JSONText {
            var json = JSONText(capacity: 256 * answers.count + 256)
            json.object { json in
                json.key("unit_id")
                json.string(unitID)
                json.key("nama_unit")
                json.string(namaUnit)
                json.key("tahun")
                json.integer(tahun)
                json.key("answers")
                json.array(answers) { json, answer in answer.write(to: &json) }
            }
            return json
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
        guard let unit = try await ConfirmedUnitRead.load(instansiID: instansiID, year: year, unitID: unitID, on: db) else {
            throw PortalRBError.unitNotProposed
        }
        guard let assessmentID = unit.assessmentID else { throw PortalRBError.noAnswers }
        var records = try await AssessmentAnswerRecords.of(assessmentID: assessmentID, on: db)
        let shares = try await EvidenceShareService.links(for: assessmentID, now: AppClock.current.now(), app: app, on: db)
        for (question, path) in shares {
            let record = records[question]
            records[question] = PortalRBQuestionRecord(
                unitAnswer: record?.unitAnswer, tpiAnswer: record?.tpiAnswer, unitNote: record?.unitNote, evidence: baseURL + path,
                tpiNote: record?.tpiNote)
        }
        return AnswerSheet(
            unitID: unit.unitID.uuidString, namaUnit: unit.unitName, tahun: year, answers: PortalRBAnswer.rows(of: master, records: records)
        )
    }
}
