import Fluent
import Vapor
import ZICore

/// The agency and year a proposal request names, after checking `permission` on the agency.
enum ProposalScope {
    static func load(_ req: Request, requiring permission: Permission) async throws -> (Instansi, Int) {
        guard let id = req.parameters.get("instansiID", as: UUID.self), let instansi = try await Instansi.find(id, on: req.db)
        else { throw AppError.notFound }
        try await req.require(permission, on: .instansi(id))
        guard let year = req.parameters.get("year", as: Int.self), AssessmentService.years.contains(year) else {
            throw AppError.validation([FieldError(field: "year", key: "validation.year")])
        }
        return (instansi, year)
    }
}
