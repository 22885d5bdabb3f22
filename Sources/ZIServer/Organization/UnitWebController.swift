import Fluent
import Vapor
import ZICore

/// The unit pages: the tree, a unit's profile and programmes, and the forms to change them.
struct UnitWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let units = routes.grouped("units")
        routes.get(.units, use: index)
        routes.get(.unitsNew, use: newForm)
        routes.post(.units, use: create)
        routes.get(.unit, use: show)
        routes.get(.unitEdit, use: editForm)
        routes.post(.unit, use: update)
        routes.post(.unitDelete, use: delete)
        routes.post(.unitProgrammes, use: setProgramme)
        routes.get(.instansiNew, use: newInstansiForm)
        routes.post(.instansi, use: createInstansi)
    }

    /// The fields of the unit form, as text (what a browser sends).
    struct UnitForm: Content {
        var instansiID: String?
        var parentID: String?
        var name: String?
        var code: String?
        var address: String?
        var headName: String?
        var headNIP: String?
        var serviceType: String?

        var input: UnitInput {
            UnitInput(
                instansiID: instansiID.flatMap { UUID(uuidString: $0) }, parentID: parentID.flatMap { UUID(uuidString: $0) },
                name: name, code: code, address: address, headName: headName, headNIP: headNIP, serviceType: serviceType ?? "")
        }
    }

    struct TreeRow: Encodable {
        let id: UUID
        let name: String
        let code: String
        let depth: Int
        let headName: String?
    }

    struct TreeGroup: Encodable {
        let instansi: InstansiDTO
        let rows: [TreeRow]
        let canCreate: Bool
    }

    struct IndexView: Encodable {
        let groups: [TreeGroup]
        let query: String
        let canCreateInstansi: Bool
    }

    func index(req: Request) async throws -> Response {
        let q = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let visible = try await UnitVisibility.visibleUnits(for: req)
        let units = visible.filter {
            q.isEmpty || $0.name.localizedCaseInsensitiveContains(q) || $0.code.localizedCaseInsensitiveContains(q)
        }
        var groups: [TreeGroup] = []
        for instansi in try await UnitVisibility.visibleInstansi(for: req, units: visible) {
            let rows = units.filter { $0.$instansi.id == instansi.id }.map {
                TreeRow(id: $0.id!, name: $0.name, code: $0.code, depth: $0.depth, headName: $0.headName)
            }
            groups.append(
                TreeGroup(
                    instansi: InstansiDTO(instansi), rows: rows,
                    canCreate: try await req.may(.createUnit, on: .instansi(instansi.id!))))
        }
        let view = IndexView(
            groups: groups, query: q,
            canCreateInstansi: try await req.may(.createInstansi, on: .installation))
        return try await WebPage.render("units/index", title: req.t("nav.units"), view, req: req)
    }

    /// A select option with its translated label.
    struct Option: Encodable {
        let value: String
        let label: String
    }

    struct ProgrammeRow: Encodable {
        let year: Int
        let target: String
        let pencananganDate: String?
        let status: String
    }

    struct ShowView: Encodable {
        let unit: UnitDTO
        let instansi: InstansiDTO
        let ancestors: [UnitDTO]
        let children: [UnitDTO]
        let programmes: [ProgrammeRow]
        let canEdit: Bool
        let canDelete: Bool
        let canCreateChild: Bool
        let canManageProgramme: Bool
        let canViewAssessment: Bool
        let canViewComplaints: Bool
        let canViewRegisters: Bool
        let canReportGratification: Bool
        let canViewWhistleblowing: Bool
        let canViewRisks: Bool
        let targets: [String]
        let statuses: [Option]
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewUnit)
        return try await renderShow(unit, form: FormState(values: ["year": String(req.clock.today().year)]), req: req)
    }

    private func renderShow(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let instansi = try await unit.$instansi.get(on: req.db)
        let ancestors = try await WorkUnit.query(on: req.db).filter(\.$id ~~ unit.ancestorIDs).sort(\.$path).all()
        let children = try await WorkUnit.query(on: req.db).filter(\.$parent.$id == unit.id!).sort(\.$name).all()
        let target = unit.accessTarget
        let view = ShowView(
            unit: UnitDTO(unit), instansi: InstansiDTO(instansi),
            ancestors: ancestors.map(UnitDTO.init), children: children.map(UnitDTO.init),
            programmes: try await ProgrammeService.list(for: unit, on: req.db).map {
                ProgrammeRow(
                    year: $0.year, target: $0.target.rawValue, pencananganDate: $0.pencananganDate,
                    status: req.t("status.\($0.status.rawValue)"))
            },
            canEdit: try await req.may(.editUnit, on: target),
            canDelete: try await req.may(.deleteUnit, on: target),
            canCreateChild: try await req.may(.createUnit, on: target),
            canManageProgramme: try await req.may(.manageProgramme, on: target),
            canViewAssessment: try await req.may(.viewAssessment, on: target),
            canViewComplaints: try await req.may(.viewComplaints, on: target),
            canViewRegisters: try await req.may(.viewRegisters, on: target),
            canReportGratification: try await req.may(.reportGratification, on: target),
            canViewWhistleblowing: try await req.may(.viewWhistleblowingStatistics, on: target),
            canViewRisks: try await req.may(.viewRisks, on: target),
            targets: TargetPredicate.allCases.map(\.rawValue),
            statuses: ProgrammeStatus.allCases.map { Option(value: $0.rawValue, label: req.t("status.\($0.rawValue)")) },
            form: form)
        return try await WebPage.render("units/show", title: unit.name, view, req: req, status: status)
    }

    struct FormView: Encodable {
        let form: FormState
        let action: String
        let instansi: InstansiDTO
        let parents: [TreeRow]
        let serviceTypes: [Choice]
        let isNew: Bool
    }

    func newForm(req: Request) async throws -> Response {
        let parent = try await UnitVisibility.optionalUnit(req.query[UUID.self, at: "parent"], on: req.db)
        guard let instansiID = parent?.$instansi.id ?? req.query[UUID.self, at: "instansi"] else { throw AppError.notFound }
        try await req.require(.createUnit, on: parent?.accessTarget ?? .instansi(instansiID))
        let form = FormState(values: ["instansiID": instansiID.uuidString, "parentID": parent?.id?.uuidString ?? ""])
        return try await renderForm(form, action: SitePath.units.path(), instansiID: instansiID, isNew: true, req: req)
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(UnitForm.self)
        let input = form.input
        let parent: WorkUnit? = try await UnitVisibility.optionalUnit(input.parentID, on: req.db)
        guard let instansiID = parent?.$instansi.id ?? input.instansiID,
            try await Instansi.find(instansiID, on: req.db) != nil
        else { throw AppError.notFound }
        try await req.require(.createUnit, on: parent?.accessTarget ?? .instansi(instansiID))
        do {
            let unit = try await req.writeAsUser { actor, db in
                try await UnitService.create(input, instansiID: instansiID, parent: parent, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.unit.path(unit.id!), notice: "created")
        } catch let error as AppError {
            return try await renderForm(
                FormState(form, error: error, req: req), action: SitePath.units.path(),
                instansiID: instansiID, isNew: true, req: req, status: error.status)
        }
    }

    func editForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .editUnit)
        var values = FormState.values(of: UnitDTO(unit))
        values["parentID"] = unit.$parent.id?.uuidString ?? ""
        return try await renderForm(
            FormState(values: values), action: SitePath.unit.path(unit.id!),
            instansiID: unit.$instansi.id, isNew: false, req: req, excluding: unit)
    }

    func update(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .editUnit)
        let form = try req.content.decode(UnitForm.self)
        let input = form.input
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderForm(
                    form, action: SitePath.unit.path(unit.id!),
                    instansiID: unit.$instansi.id, isNew: false, req: req,
                    excluding: unit, status: status)
            }
        ) {
            var newParent: WorkUnit?? = .none
            if input.parentID != unit.$parent.id {
                let parent = try await UnitVisibility.optionalUnit(input.parentID, on: req.db)
                try await req.require(.createUnit, on: parent?.accessTarget ?? .instansi(unit.$instansi.id))
                newParent = .some(parent)
            }
            _ = try await req.writeAsUser { [newParent] actor, db in
                try await UnitService.update(unit, input, newParent: newParent, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.unit.path(unit.id!), notice: "saved")
        }
    }

    func delete(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .deleteUnit)
        do {
            try await req.writeAsUser { actor, db in try await UnitService.delete(unit, by: actor, on: db) }
            return WebPage.redirect(req, to: SitePath.units.path(), notice: "deleted")
        } catch let error as AppError where error.status == .conflict {
            var form = FormState()
            form.message = req.t(error.messageKey)
            return try await renderShow(unit, form: form, req: req, status: error.status)
        }
    }

    /// The programme form: `year`, `target`, `pencananganDate`, `status`.
    struct ProgrammeForm: Content {
        var year: String?
        var target: String?
        var pencananganDate: String?
        var status: String?
    }

    func setProgramme(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageProgramme)
        let form = try req.content.decode(ProgrammeForm.self)
        do {
            let input = ProgrammeInput(target: form.target, pencananganDate: form.pencananganDate, status: form.status)
            let year = Int(form.year ?? "") ?? 0
            _ = try await req.writeAsUser { actor, db in
                try await ProgrammeService.set(unit, year: year, input, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.unit.path(unit.id!), notice: "saved")
        } catch let error as AppError {
            return try await renderShow(unit, form: FormState(form, error: error, req: req), req: req, status: error.status)
        }
    }

    func newInstansiForm(req: Request) async throws -> Response {
        try await req.require(.createInstansi, on: .installation)
        return try await WebPage.render("units/instansi", title: req.t("instansi.new"), FormState(), req: req)
    }

    func createInstansi(req: Request) async throws -> Response {
        try await req.require(.createInstansi, on: .installation)
        struct Form: Content {
            var name: String?
            var code: String?
            var isPemerintahDaerah: String?
        }
        let form = try req.content.decode(Form.self)
        let input = InstansiInput(name: form.name, code: form.code, isPemerintahDaerah: form.isPemerintahDaerah == "on")
        do {
            _ = try await req.writeAsUser { actor, db in try await InstansiService.create(input, by: actor, on: db) }
            return WebPage.redirect(req, to: SitePath.units.path(), notice: "created")
        } catch let error as AppError {
            return try await WebPage.render(
                "units/instansi", title: req.t("instansi.new"),
                FormState(form, error: error, req: req), req: req, status: error.status)
        }
    }

    private func renderForm(
        _ form: FormState, action: String, instansiID: UUID, isNew: Bool, req: Request,
        excluding: WorkUnit? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        guard let instansi = try await Instansi.find(instansiID, on: req.db) else { throw AppError.notFound }
        var parents: [TreeRow] = []
        for unit in try await UnitVisibility.visibleUnits(for: req, instansiID: instansiID)
        where !(excluding.map { unit.path.hasPrefix($0.path) } ?? false) {
            if try await req.may(.createUnit, on: unit.accessTarget) {
                parents.append(TreeRow(id: unit.id!, name: unit.name, code: unit.code, depth: unit.depth, headName: nil))
            }
        }
        let names = req.names
        let view = FormView(
            form: form, action: action, instansi: InstansiDTO(instansi), parents: parents,
            serviceTypes: UnitServiceType.allCases.map {
                Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == form.values["serviceType"])
            }, isNew: isNew)
        return try await WebPage.render(
            "units/form", title: req.t(isNew ? "unit.new" : "unit.edit"), view,
            req: req, status: status)
    }
}
