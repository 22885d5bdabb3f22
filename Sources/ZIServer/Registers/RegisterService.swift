import Fluent
import Foundation
import Vapor
import ZICore

/// Changes to a unit's integrity registers of a year, each checked and audited: pakta
/// integritas signatures, the year's asset-report obligations and filings, disciplinary
/// cases, agents of change and their changes, simplified services. Every employee, agent or
/// service named must belong to the unit.
enum RegisterService {
    /// A register entry as a form or a JSON body sends it; each action reads the fields it needs.
    struct Input: Content {
        var employeeID: String?
        var date: String?
        var method: String?
        var group: String?
        var description: String?
        var sanction: String?
        var decreeNumber: String?
        var workPlan: String?
        var agentID: String?
        var title: String?
        var integrated: String?
        var serviceID: String?
        var kind: String?
        /// An asset report's `AssetReportKind` (`periodik`, `pengangkatan`, `berhenti`).
        var reportKind: String?
        /// The day of the appointment or leaving an asset report is due after.
        var eventDate: String?
    }

    /// Records `employee`'s signed pakta integritas of `year`.
    static func signPact(_ input: Input, year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let employee = try await self.employee(input.employeeID, unit: unit, validator: &validator, on: db)
        let date = self.date(input.date, validator: &validator)
        let method = validator.optional("method", input.method, max: 200) ?? "Ditandatangani di SIZI"
        try validator.check()
        let pact =
            try await IntegrityPact.query(on: db).filter(\.$employee.$id == employee!.id!).filter(\.$year == year).first()
            ?? IntegrityPact()
        pact.$unit.id = unit.id!
        pact.$employee.id = employee!.id!
        pact.year = year
        pact.signedOn = date!.description
        pact.method = method
        pact.recordedBy = actor.name
        try await pact.save(on: db)
        try await audit("integrity_pact", pact.id, "sign", unit, ["year": String(year), "nip": employee!.nip], actor, db)
    }

    /// Lists every active employee without an entry as obliged to file in `year`, in the group
    /// their register data suggests; returns how many were added.
    static func addAssetObligations(year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws -> Int {
        let listed = Set(try await AssetReport.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all(\.$employee.$id))
        var added = 0
        for employee in try await Employee.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$isActive == true).all()
        where !listed.contains(employee.id!) {
            let report = AssetReport()
            report.$unit.id = unit.id!
            report.$employee.id = employee.id!
            report.year = year
            report.group = AssetReportGroup.guess(for: employee).rawValue
            try await report.create(on: db)
            added += 1
        }
        try await audit("asset_report", nil, "list_obligations", unit, ["year": String(year), "added": String(added)], actor, db)
        return added
    }

    /// Sets an obligation's group and filing date (an empty date: not filed).
    static func updateAssetReport(_ report: AssetReport, _ input: Input, unit: WorkUnit, by actor: AuditActor, on db: any Database)
        async throws
    {
        var validator = Validator()
        let group = input.group.map { AssetReportGroup(rawValue: $0) } ?? AssetReportGroup(rawValue: report.group)
        if group == nil { validator.add("group", "validation.choice") }
        let filed = (input.date ?? "").isEmpty ? nil : date(input.date, validator: &validator)
        let kind = AssetReportKind(rawValue: input.reportKind ?? report.kind ?? AssetReportKind.periodik.rawValue)
        if kind == nil { validator.add("reportKind", "validation.choice") }
        var event: CalendarDate?
        if kind?.needsEventDate == true {
            event = (input.eventDate ?? report.eventOn).flatMap(CalendarDate.init(iso:))
            if event == nil { validator.add("eventDate", "validation.asset_report_event") }
        }
        try validator.check()
        report.group = group!.rawValue
        report.filedOn = filed?.description
        report.kind = kind!.rawValue
        report.eventOn = event?.description
        try await report.save(on: db)
        try await audit(
            "asset_report", report.id, "update", unit,
            ["group": report.group, "filedOn": report.filedOn ?? "", "kind": kind!.rawValue, "eventOn": report.eventOn ?? ""], actor, db)
    }

    /// Records a disciplinary violation of `year` (the employee is optional; the sanction, if any).
    static func addDisciplineCase(_ input: Input, year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let employee =
            (input.employeeID ?? "").isEmpty ? nil : try await self.employee(input.employeeID, unit: unit, validator: &validator, on: db)
        let date = self.date(input.date, validator: &validator)
        if let date, date.year != year { validator.add("date", "validation.register_year", [String(year)]) }
        let description = validator.required("description", input.description, max: 2000)
        let sanction = validator.optional("sanction", input.sanction, max: 500)
        try validator.check()
        let row = DisciplineCase()
        row.$unit.id = unit.id!
        row.$employee.id = employee?.id
        row.year = year
        row.occurredOn = date!.description
        row.description = description!
        row.sanction = sanction
        try await row.create(on: db)
        try await audit("discipline_case", row.id, "create", unit, ["year": String(year)], actor, db)
    }

    /// Appoints an employee as agent of change for `year` with the decree.
    static func addAgent(_ input: Input, year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let employee = try await self.employee(input.employeeID, unit: unit, validator: &validator, on: db)
        let number = validator.required("decreeNumber", input.decreeNumber, max: 200)
        let date = self.date(input.date, validator: &validator)
        let plan = validator.optional("workPlan", input.workPlan, max: 5000)
        try validator.check()
        if try await ChangeAgent.query(on: db).filter(\.$employee.$id == employee!.id!).filter(\.$year == year).count() > 0 {
            throw AppError.conflict("agent_exists", field: "employeeID")
        }
        let agent = ChangeAgent()
        agent.$unit.id = unit.id!
        agent.$employee.id = employee!.id!
        agent.year = year
        agent.decreeNumber = number!
        agent.decreeDate = date!.description
        agent.workPlan = plan
        try await agent.create(on: db)
        try await audit("change_agent", agent.id, "appoint", unit, ["year": String(year), "nip": employee!.nip], actor, db)
    }

    /// Records a concrete change made by an agent of the unit.
    static func addChange(_ input: Input, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let agent = try await UUID(uuidString: input.agentID ?? "").asyncFlatMap { id in
            try await ChangeAgent.query(on: db).filter(\.$id == id).filter(\.$unit.$id == unit.id!).first()
        }
        if agent == nil { validator.add("agentID", "validation.choice") }
        let title = validator.required("title", input.title, max: 300)
        let description = validator.optional("description", input.description, max: 5000)
        let date = self.date(input.date, validator: &validator)
        try validator.check()
        let change = AgentChange()
        change.$agent.id = agent!.id!
        change.title = title!
        change.description = description
        change.madeOn = date!.description
        change.isIntegrated = ["on", "true", "1", "ya"].contains(input.integrated?.lowercased() ?? "")
        try await change.create(on: db)
        try await audit("agent_change", change.id, "create", unit, ["integrated": String(change.isIntegrated)], actor, db)
    }

    /// Records how a service of the unit was made easier in `year`.
    static func addSimplification(_ input: Input, year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let service = try await UUID(uuidString: input.serviceID ?? "").asyncFlatMap { id in
            try await SurveyService.query(on: db).filter(\.$id == id).filter(\.$unit.$id == unit.id!).first()
        }
        if service == nil { validator.add("serviceID", "validation.choice") }
        let kind = ServiceSimplificationKind(rawValue: input.kind ?? "")
        if kind == nil { validator.add("kind", "validation.choice") }
        let description = validator.required("description", input.description, max: 2000)
        try validator.check()
        let row = ServiceSimplification()
        row.$unit.id = unit.id!
        row.$service.id = service!.id!
        row.year = year
        row.kind = kind!.rawValue
        row.description = description!
        try await row.create(on: db)
        try await audit("service_simplification", row.id, "create", unit, ["year": String(year), "kind": kind!.rawValue], actor, db)
    }

    /// Records a service innovation launched in `year`.
    static func addInnovation(_ input: Input, year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let title = validator.required("title", input.title, max: 300)
        let description = validator.required("description", input.description, max: 2000)
        let date = self.date(input.date, validator: &validator)
        if let date, date.year != year { validator.add("date", "validation.register_year", [String(year)]) }
        try validator.check()
        let row = ServiceInnovation()
        (row.$unit.id, row.year, row.title, row.description, row.launchedOn) = (unit.id!, year, title!, description!, date!.description)
        try await row.create(on: db)
        try await audit("service_innovation", row.id, "create", unit, ["year": String(year)], actor, db)
    }

    // MARK: Checks

    private static func employee(_ id: String?, unit: WorkUnit, validator: inout Validator, on db: any Database) async throws -> Employee? {
        guard let uuid = UUID(uuidString: id ?? ""),
            let employee = try await Employee.query(on: db).filter(\.$id == uuid).filter(\.$unit.$id == unit.id!).first()
        else {
            validator.add("employeeID", "validation.choice")
            return nil
        }
        return employee
    }

    private static func date(_ text: String?, validator: inout Validator) -> CalendarDate? {
        guard let date = CalendarDate(iso: text ?? "") else {
            validator.add("date", "validation.date")
            return nil
        }
        return date
    }

    private static func audit(
        _ entity: String, _ id: UUID?, _ action: String, _ unit: WorkUnit, _ after: [String: String],
        _ actor: AuditActor, _ db: any Database
    ) async throws {
        try await AuditLog.record(entity, id: id, action: action, unit: unit, after: after, by: actor, on: db)
    }
}

extension Optional {
    /// The value transformed by an async throwing function, or nil.
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
