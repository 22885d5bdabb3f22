import Vapor
import ZICore

/// `GET|PUT /api/v1/instansi/{id}/proposals/{year}`: the agency's list of units proposed to
/// KemenPANRB (see ``ProposalService``).
struct ProposalAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.instansiProposals, use: show)
        routes.put(.instansiProposals, use: save)
    }

    func show(req: Request) async throws -> ProposalList {
        let (instansi, year) = try await ProposalScope.load(req, requiring: .viewRollup)
        return try await ProposalList.load(instansi, year: year, today: req.clock.today(), on: req.db)
    }

    func save(req: Request) async throws -> ProposalList {
        let (instansi, year) = try await ProposalScope.load(req, requiring: .manageProposals)
        let input = try req.content.decode(ProposalService.Input.self)
        let today = req.clock.today()
        try await req.writeAsUser { actor, db in
            try await ProposalService.save(input, instansi: instansi, year: year, today: today, by: actor, on: db)
        }
        return try await ProposalList.load(instansi, year: year, today: today, on: req.db)
    }
}
