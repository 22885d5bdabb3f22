import Fluent
import Vapor
import ZICore

/// `/api/v1/units`: list, read, create, change and delete units, and their yearly programmes.
struct UnitAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let units = routes.grouped("units")
        routes.get(.units, use: list)
        routes.post(.units, use: create)
        routes.get(.unit, use: show)
        routes.patch(.unit, use: update)
        routes.delete(.unit, use: delete)
        routes.get(.unitProgrammes, use: programmes)
        routes.put(.unitProgramme, use: setProgramme)
    }

    /// `?instansiID=&q=&sort=name|code|path&page=&per=`
    func list(req: Request) async throws -> ListPage<UnitDTO> {
        var units = try await UnitVisibility.visibleUnits(for: req, instansiID: req.query[UUID.self, at: "instansiID"])
        if let q = req.query[String.self, at: "q"]?.lowercased(), !q.isEmpty {
            units = units.filter { $0.name.lowercased().contains(q) || $0.code.lowercased().contains(q) }
        }
        switch req.query[String.self, at: "sort"] {
        case "name": units.sort { $0.name.localizedCompare($1.name) == .orderedAscending }
        case "code": units.sort { $0.code < $1.code }
        default: break
        }
        let page = try PageRequest(req)
        let items = units.dropFirst(page.offset).prefix(page.per).map(UnitDTO.init)
        return ListPage(items: Array(items), page: page.page, per: page.per, total: units.count)
    }

    func show(req: Request) async throws -> UnitDTO {
        UnitDTO(try await UnitVisibility.unit(req, requiring: .viewUnit))
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(UnitInput.self)
        let parent: WorkUnit? = try await UnitVisibility.optionalUnit(input.parentID, on: req.db)
        guard let instansiID = parent?.$instansi.id ?? input.instansiID else {
            throw AppError.validation([FieldError(field: "instansiID", key: "validation.required")])
        }
        guard try await Instansi.find(instansiID, on: req.db) != nil else {
            throw AppError.validation([FieldError(field: "instansiID", key: "validation.instansi_unknown")])
        }
        try await req.require(.createUnit, on: parent?.accessTarget ?? .instansi(instansiID))
        let unit = try await req.writeAsUser { actor, db in
            try await UnitService.create(input, instansiID: instansiID, parent: parent, by: actor, on: db)
        }
        return try await UnitDTO(unit).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> UnitDTO {
        let unit = try await UnitVisibility.unit(req, requiring: .editUnit)
        let input = try req.content.decode(UnitInput.self)
        let newParent: WorkUnit?? = try await parentChange(req, input)
        switch newParent {
        case .some(let parent?): try await req.require(.createUnit, on: parent.accessTarget)
        case .some(nil): try await req.require(.createUnit, on: .instansi(unit.$instansi.id))
        case .none: break
        }
        return UnitDTO(
            try await req.writeAsUser { actor, db in
                try await UnitService.update(unit, input, newParent: newParent, by: actor, on: db)
            })
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let unit = try await UnitVisibility.unit(req, requiring: .deleteUnit)
        try await req.writeAsUser { actor, db in
            try await UnitService.delete(unit, by: actor, on: db)
        }
        return .noContent
    }

    func programmes(req: Request) async throws -> [ProgrammeDTO] {
        let unit = try await UnitVisibility.unit(req, requiring: .viewUnit)
        return try await ProgrammeService.list(for: unit, on: req.db).map(ProgrammeDTO.init)
    }

    func setProgramme(req: Request) async throws -> ProgrammeDTO {
        let unit = try await UnitVisibility.unit(req, requiring: .manageProgramme)
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw AppError.validation([FieldError(field: "year", key: "validation.year")])
        }
        let input = try req.content.decode(ProgrammeInput.self)
        return ProgrammeDTO(
            try await req.writeAsUser { actor, db in
                try await ProgrammeService.set(unit, year: year, input, by: actor, on: db)
            })
    }

    /// A `parentID` key in the body moves the unit (JSON `null` moves it to the top); no key keeps it.
    private func parentChange(_ req: Request, _ input: UnitInput) async throws -> WorkUnit?? {
        struct Probe: Decodable {
            let hasParent: Bool
            enum Keys: String, CodingKey { case parentID }
            init(from decoder: any Decoder) throws {
                hasParent = try decoder.container(keyedBy: Keys.self).contains(.parentID)
            }
        }
        guard (try? req.content.decode(Probe.self))?.hasParent == true else { return .none }
        guard let id = input.parentID else { return .some(nil) }
        return .some(try await UnitVisibility.unit(id, on: req.db))
    }
}
