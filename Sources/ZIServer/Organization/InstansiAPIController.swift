import Fluent
import Vapor

/// `/api/v1/instansi`: the agencies a user may see; creating and changing them.
struct InstansiAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let instansi = routes.grouped("instansi")
        routes.get(.instansi, use: list)
        routes.post(.instansi, use: create)
        routes.patch(.instansiDetail, use: update)
    }

    func list(req: Request) async throws -> [InstansiDTO] {
        try await UnitVisibility.visibleInstansi(for: req).map(InstansiDTO.init)
    }

    func create(req: Request) async throws -> Response {
        try await req.require(.createInstansi, on: .installation)
        let input = try req.content.decode(InstansiInput.self)
        let instansi = try await req.writeAsUser { actor, db in
            try await InstansiService.create(input, by: actor, on: db)
        }
        return try await InstansiDTO(instansi).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> InstansiDTO {
        guard let id = req.parameters.get("instansiID", as: UUID.self),
            let instansi = try await Instansi.find(id, on: req.db)
        else { throw AppError.notFound }
        try await req.require(.editInstansi, on: .instansi(id))
        let input = try req.content.decode(InstansiInput.self)
        return InstansiDTO(
            try await req.writeAsUser { actor, db in
                try await InstansiService.update(instansi, input, by: actor, on: db)
            })
    }
}
