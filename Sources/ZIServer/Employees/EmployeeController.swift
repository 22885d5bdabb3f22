import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The employee register: the unit's list (search by name or NIP, pages), adding and
/// changing an employee, and importing the personnel system's export (dry run, then apply) —
/// as pages and under `/api/v1`. Read by the unit's leaders, team and evaluators; kept by
/// those who manage the registers.
struct EmployeeController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitEmployees, use: page)
        routes.post(.unitEmployees, use: addForm)
        routes.get(.employee, use: editPage)
        routes.post(.employee, use: editForm)
        routes.on(.POST, .unitEmployeesImport, body: .collect(maxSize: "6mb"), use: previewForm)
        routes.post(.unitEmployeesImportCommit, use: commitForm)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitEmployees, use: list)
        routes.post(.unitEmployees, use: create)
        routes.patch(.employee, use: update)
        routes.on(.POST, .unitEmployeesImport, body: .collect(maxSize: "6mb"), use: importFile)
    }

    // MARK: API

    func list(req: Request) async throws -> ListPage<EmployeeDTO> {
        let unit = try await UnitVisibility.unit(req, requiring: .viewRegisters)
        let page = try PageRequest(req)
        let (items, total) = try await Self.search(unit, req: req, page: page)
        return ListPage(items: items, page: page.page, per: page.per, total: total)
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRegisters)
        let input = try req.content.decode(EmployeeService.Input.self)
        let employee = try await req.writeAsUser { actor, db in try await EmployeeService.save(input, unit: unit, by: actor, on: db) }
        return try await EmployeeDTO(employee).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> EmployeeDTO {
        let (employee, unit) = try await Self.load(req, .manageRegisters)
        let input = try req.content.decode(EmployeeService.Input.self).filling(from: employee)
        let saved = try await req.writeAsUser { actor, db in
            try await EmployeeService.save(input, existing: employee, unit: unit, by: actor, on: db)
        }
        return EmployeeDTO(saved)
    }

    /// The file as the body, `?fileName=pegawai.xlsx`; `?apply=true` applies it, otherwise the
    /// answer is the dry run.
    func importFile(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRegisters)
        let name = req.query[String.self, at: "fileName"] ?? "pegawai.csv"
        let data = req.body.data.map { Data(buffer: $0) } ?? Data()
        let (preview, elsewhere) = try await EmployeeService.preview(data, fileName: name, unit: unit, on: req.db)
        struct Answer: Content {
            let preview: EmployeeImportPreview
            let nipsOfOtherUnits: [String]
            let created: Int?
            let updated: Int?
        }
        guard req.query[Bool.self, at: "apply"] == true else {
            return try await Answer(preview: preview, nipsOfOtherUnits: elsewhere, created: nil, updated: nil).encodeResponse(for: req)
        }
        let counts = try await req.writeAsUser { actor, db in
            try await EmployeeService.apply(preview, elsewhere: elsewhere, unit: unit, source: name, by: actor, on: db)
        }
        return try await Answer(preview: preview, nipsOfOtherUnits: elsewhere, created: counts.created, updated: counts.updated)
            .encodeResponse(for: req)
    }

    // MARK: Pages

    struct PageView: Encodable {
        let unit: UnitDTO
        let items: [EmployeeDTO]
        let total: Int
        let page: Int
        let pages: Int
        let query: String
        let canManage: Bool
        let upload: UploadView?
        let form: FormState
    }

    /// A previewed file.
    struct UploadView: Encodable {
        let id: UUID
        let fileName: String
        let preview: EmployeeImportPreview
        let problems: [String]
        let nipsOfOtherUnits: [String]
    }

    func page(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewRegisters)
        return try await render(unit, form: FormState(), req: req)
    }

    func addForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRegisters)
        let input = try req.content.decode(EmployeeService.Input.self)
        return try await WebPage.attempt(req, redirectTo: SitePath.unitEmployees.path(unit.id!), values: FormState.values(of: input)) {
            actor, db in
            try await EmployeeService.save(input, unit: unit, by: actor, on: db)
        } show: { form, status in
            try await render(unit, form: form, req: req, status: status)
        }
    }

    struct EditView: Encodable {
        let unit: UnitDTO
        let employee: EmployeeDTO
        /// The unit's accounts an employee may be linked to.
        let accounts: [Choice]
        let canManage: Bool
        let form: FormState
    }

    func editPage(req: Request) async throws -> Response {
        let (employee, unit) = try await Self.load(req, .viewRegisters)
        return try await renderEdit(employee, unit: unit, form: FormState(values: Self.values(employee)), req: req)
    }

    func editForm(req: Request) async throws -> Response {
        let (employee, unit) = try await Self.load(req, .manageRegisters)
        let input = try req.content.decode(EmployeeService.Input.self)
        return try await WebPage.attempt(req, redirectTo: SitePath.unitEmployees.path(unit.id!), values: FormState.values(of: input)) {
            actor, db in
            try await EmployeeService.save(input, existing: employee, unit: unit, by: actor, on: db)
        } show: { form, status in
            try await renderEdit(employee, unit: unit, form: form, req: req, status: status)
        }
    }

    func previewForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRegisters)
        return try await WebPage.submit(
            req, values: [:],
            show: { form, status in
                try await render(unit, form: form, req: req, status: status)
            }
        ) {
            let table = try UploadedTable(req)
            let (name, data) = (table.name, table.data)
            let checked = try await EmployeeService.preview(data, fileName: name, unit: unit, on: req.db)
            let upload = try await req.write { db in
                try await EmployeeUpload.query(on: db).filter(\.$unit.$id == unit.id!).delete()
                let upload = EmployeeUpload()
                upload.$unit.id = unit.id!
                upload.fileName = name
                upload.content = data
                try await upload.create(on: db)
                return upload
            }
            return try await render(unit, upload: UploadView(upload, checked), form: FormState(), req: req)
        }
    }

    func commitForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRegisters)
        guard let id = req.parameters.get("uploadID", as: UUID.self),
            let upload = try await EmployeeUpload.query(on: req.db).filter(\.$id == id).filter(\.$unit.$id == unit.id!).first()
        else { throw AppError.notFound }
        let (preview, elsewhere) = try await EmployeeService.preview(upload.content, fileName: upload.fileName, unit: unit, on: req.db)
        try await req.writeAsUser { actor, db in
            _ = try await EmployeeService.apply(preview, elsewhere: elsewhere, unit: unit, source: upload.fileName, by: actor, on: db)
            try await upload.delete(on: db)
        }
        return WebPage.redirect(req, to: SitePath.unitEmployees.path(unit.id!), notice: "imported")
    }

    // MARK: Helpers

    private func render(
        _ unit: WorkUnit, upload: UploadView? = nil, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let page = try PageRequest(req)
        let (items, total) = try await Self.search(unit, req: req, page: page)
        let view = PageView(
            unit: UnitDTO(unit), items: items, total: total, page: page.page, pages: max(1, (total + page.per - 1) / page.per),
            query: req.query[String.self, at: "q"] ?? "", canManage: try await req.may(.manageRegisters, on: unit.accessTarget),
            upload: upload, form: form)
        return try await WebPage.render("registers/employees", title: req.t("employee.title"), view, req: req, status: status)
    }

    private func renderEdit(
        _ employee: Employee, unit: WorkUnit, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let view = EditView(
            unit: UnitDTO(unit), employee: EmployeeDTO(employee),
            accounts: try await PeoplePicker.choices(of: unit, selected: form.values["userID"], on: req.db),
            canManage: try await req.may(.manageRegisters, on: unit.accessTarget), form: form)
        return try await WebPage.render("registers/employee", title: employee.name, view, req: req, status: status)
    }

    /// The unit's employees matching `?q=` (name or NIP), by name, one page.
    private static func search(_ unit: WorkUnit, req: Request, page: PageRequest) async throws -> ([EmployeeDTO], Int) {
        var query = Employee.query(on: req.db).filter(\.$unit.$id == unit.id!)
        if let text = req.query[String.self, at: "q"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let digits = text.filter(\.isNumber)
            query = query.group(.or) { group in
                group.filter(\.$name, containsIgnoringCase: text)
                if !digits.isEmpty { group.filter(\.$nip ~~ digits) }
            }
        }
        let total = try await query.count()
        let rows = try await query.sort(\.$name).range(page.offset..<(page.offset + page.per)).all()
        return (rows.map(EmployeeDTO.init), total)
    }

    static func load(_ req: Request, _ permission: Permission) async throws -> (Employee, WorkUnit) {
        try await req.unitRecord(Employee.self, "employeeID", requiring: permission)
    }

    private static func values(_ employee: Employee) -> [String: String] {
        [
            "nip": employee.nip, "name": employee.name, "position": employee.position ?? "", "echelon": employee.echelon ?? "",
            "grade": employee.grade ?? "", "lhkpnObliged": employee.lhkpnObliged ? "1" : "0", "isActive": employee.isActive ? "1" : "0",
            "userID": employee.$user.id?.uuidString ?? "",
        ]
    }
}

extension EmployeeController.UploadView {
    init(_ upload: EmployeeUpload, _ checked: (preview: EmployeeImportPreview, elsewhere: [String])) {
        self.init(
            id: upload.id!, fileName: upload.fileName, preview: checked.preview, problems: checked.preview.problems.map(\.description),
            nipsOfOtherUnits: checked.elsewhere)
    }
}

extension Employee: UnitRecord { var unitID: UUID { $unit.id } }
