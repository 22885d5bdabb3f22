import Fluent
import Foundation
import Vapor
import ZICore
import ZIDocuments

/// The employee register of a unit: entered one by one or imported from the personnel
/// system's export (dry run first), every change audited. A NIP belongs to one unit: an
/// import never moves an employee out of another unit.
enum EmployeeService {
    /// An employee as a form or a JSON body sends it, before checking.
    struct Input: Content {
        var nip: String?
        var name: String?
        var position: String?
        var echelon: String?
        var grade: String?
        /// `true`/`false` in JSON; `1`/`0`, `on`, `ya` from a form.
        var lhkpnObliged: String?
        var isActive: String?
        /// The SIZI account of the employee (a user with a role in the unit); empty for none.
        var userID: String?

        init(
            nip: String? = nil, name: String? = nil, position: String? = nil, echelon: String? = nil, grade: String? = nil,
            lhkpnObliged: String? = nil, isActive: String? = nil, userID: String? = nil
        ) {
            (self.nip, self.name, self.position, self.echelon, self.grade) = (nip, name, position, echelon, grade)
            (self.lhkpnObliged, self.isActive, self.userID) = (lhkpnObliged, isActive, userID)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) -> String? {
                if let string = try? container.decodeIfPresent(String.self, forKey: key) { return string }
                return (try? container.decodeIfPresent(Bool.self, forKey: key)).flatMap { $0 }.map { $0 ? "true" : "false" }
            }
            self.init(
                nip: text(.nip), name: text(.name), position: text(.position), echelon: text(.echelon), grade: text(.grade),
                lhkpnObliged: text(.lhkpnObliged), isActive: text(.isActive), userID: text(.userID))
        }

        /// These values, with the fields not sent taken from `employee` (a partial change).
        func filling(from employee: Employee) -> Input {
            Input(
                nip: nip ?? employee.nip, name: name ?? employee.name, position: position ?? employee.position,
                echelon: echelon ?? employee.echelon, grade: grade ?? employee.grade,
                lhkpnObliged: lhkpnObliged ?? String(employee.lhkpnObliged), isActive: isActive ?? String(employee.isActive),
                userID: userID ?? employee.$user.id?.uuidString ?? "")
        }

        /// The checked values; the NIP must be a valid 18-digit NIP.
        func checked() throws -> (nip: NIP, name: String, position: String?, echelon: String?, grade: String?, lhkpn: Bool, active: Bool) {
            var validator = Validator()
            var nip: NIP?
            do {
                nip = try NIP(self.nip ?? "", currentYear: AppClock.current.today().year)
            } catch {
                validator.add("nip", "validation.detail", [error.description])
            }
            let name = validator.required("name", name, max: 200)
            let position = validator.optional("position", position, max: 300)
            let echelon = validator.optional("echelon", echelon, max: 40)
            let grade = validator.optional("grade", grade, max: 40)
            try validator.check()
            return (nip!, name!, position, echelon, grade, Self.isOn(lhkpnObliged), isActive.map(Self.isOn) ?? true)
        }

        private static func isOn(_ value: String?) -> Bool { ["on", "true", "1", "ya"].contains(value?.lowercased() ?? "") }
    }

    /// Adds an employee to `unit`, or changes `existing`.
    @discardableResult
    static func save(_ input: Input, existing: Employee? = nil, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws
        -> Employee
    {
        let checked = try input.checked()
        let account = try await self.account(input.userID, unit: unit, on: db)
        if let other = try await Employee.query(on: db).filter(\.$nip == checked.nip.digits).first(), other.id != existing?.id {
            throw AppError(
                .conflict, code: "employee_nip_exists", arguments: [checked.nip.formatted],
                fields: [FieldError(field: "nip", key: "error.employee_nip_exists", arguments: [checked.nip.formatted])])
        }
        let employee = existing ?? Employee()
        employee.$unit.id = existing?.$unit.id ?? unit.id!
        employee.nip = checked.nip.digits
        employee.name = checked.name
        employee.position = checked.position
        employee.echelon = checked.echelon
        employee.grade = checked.grade
        employee.lhkpnObliged = checked.lhkpn
        employee.isActive = checked.active
        employee.$user.id = account
        try await employee.save(on: db)
        try await AuditLog.record(
            "employee", id: employee.id, action: existing == nil ? "create" : "update", unit: unit,
            after: ["nip": employee.nip, "name": employee.name], by: actor, on: db)
        return employee
    }

    /// The account named by `userID`: one with a role in the unit; nil for an empty value.
    private static func account(_ userID: String?, unit: WorkUnit, on db: any Database) async throws -> UUID? {
        guard let text = userID, !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text), try await PeoplePicker.ids(of: unit, on: db).contains(id) else {
            throw AppError.validation([FieldError(field: "userID", key: "validation.choice")])
        }
        return id
    }

    /// The dry run of a personnel file for `unit`: the preview, and the NIPs in it that belong
    /// to another unit (left out).
    static func preview(_ data: Data, fileName: String, unit: WorkUnit, on db: any Database) async throws
        -> (preview: EmployeeImportPreview, elsewhere: [String])
    {
        let own = Set(try await Employee.query(on: db).filter(\.$unit.$id == unit.id!).all(\.$nip))
        let year = AppClock.current.today().year
        let preview: EmployeeImportPreview
        do {
            let isXLSX = fileName.lowercased().hasSuffix(".xlsx")
            preview = try await OffEventLoop.run {
                isXLSX
                    ? try EmployeeImport.preview(xlsx: data, existingNIPs: own, currentYear: year)
                    : try EmployeeImport.preview(csv: data, existingNIPs: own, currentYear: year)
            }
        } catch {
            throw AppError(.unprocessableEntity, code: "employee_file_unreadable", arguments: [String(describing: error)])
        }
        let created = preview.rows.filter { $0.action == .create }.map(\.nip.digits)
        let elsewhere = created.isEmpty ? [] : try await Employee.query(on: db).filter(\.$nip ~~ created).all(\.$nip)
        return (preview, elsewhere)
    }

    /// Applies a previewed file to `unit` in one transaction: new employees are created,
    /// known ones updated (a blank Wajib LHKPN or Status keeps the current value); NIPs of
    /// other units are left out. Returns how many were created and updated.
    static func apply(
        _ preview: EmployeeImportPreview, elsewhere: [String], unit: WorkUnit, source: String, by actor: AuditActor,
        on db: any Database
    ) async throws -> (created: Int, updated: Int) {
        let skipped = Set(elsewhere)
        let existing = Dictionary(
            uniqueKeysWithValues: try await Employee.query(on: db).filter(\.$unit.$id == unit.id!).all().map { ($0.nip, $0) })
        var counts = (created: 0, updated: 0)
        for row in preview.rows where !skipped.contains(row.nip.digits) {
            let employee = existing[row.nip.digits] ?? Employee()
            if employee.id == nil {
                employee.$unit.id = unit.id!
                employee.nip = row.nip.digits
                counts.created += 1
            } else {
                counts.updated += 1
            }
            employee.name = row.nama
            employee.position = row.jabatan ?? employee.position
            employee.echelon = row.eselon ?? employee.echelon
            employee.grade = row.golongan ?? employee.grade
            employee.lhkpnObliged = row.wajibLHKPN ?? (employee.id == nil ? false : employee.lhkpnObliged)
            employee.isActive = row.aktif ?? (employee.id == nil ? true : employee.isActive)
            try await employee.save(on: db)
        }
        try await AuditLog.record(
            "employee", id: nil, action: "import", unit: unit,
            after: ["source": source, "created": String(counts.created), "updated": String(counts.updated)],
            by: actor, on: db)
        return counts
    }
}
