import Fluent
import Vapor

/// Unit administration for the `sizi unit` commands.
public enum UnitAdmin {
    public static func create(
        _ app: Application, instansiCode: String, instansiName: String?, code: String, name: String,
        parentCode: String?, address: String?, headName: String?, headNIP: String?
    ) async throws -> String {
        let actor = AuditActor.commandLine()
        let unit = try await CommandLineErrors.explain(app) {
            try await app.write { db in
                let instansi = try await findOrCreateInstansi(instansiCode, name: instansiName, actor: actor, on: db)
                var parent: WorkUnit?
                if let parentCode {
                    parent = try await WorkUnit.query(on: db).filter(\.$instansi.$id == instansi.id!)
                        .filter(\.$code == parentCode.uppercased()).first()
                    guard parent != nil else { throw CommandLineError("Unit induk tidak ditemukan / no parent unit \(parentCode)") }
                }
                let input = UnitInput(name: name, code: code, address: address, headName: headName, headNIP: headNIP)
                return try await UnitService.create(input, instansiID: instansi.id!, parent: parent, by: actor, on: db)
            }
        }
        return "Unit \(unit.code) dibuat / created (\(unit.id!.uuidString))"
    }

    public static func list(_ app: Application) async throws -> [String] {
        let units = try await WorkUnit.query(on: app.db).sort(\.$path).all()
        return try await Instansi.query(on: app.db).sort(\.$code).all().flatMap { instansi in
            ["\(instansi.code)\t\(instansi.name)"]
                + units.filter { $0.$instansi.id == instansi.id }.map {
                    String(repeating: "  ", count: $0.depth + 1) + "\($0.code)\t\($0.name)"
                }
        }
    }

    private static func findOrCreateInstansi(_ code: String, name: String?, actor: AuditActor, on db: any Database) async throws -> Instansi
    {
        if let existing = try await Instansi.query(on: db).filter(\.$code == code.uppercased()).first() { return existing }
        guard let name else {
            throw CommandLineError("Instansi \(code) belum ada; beri --instansi-name untuk membuatnya / give --instansi-name to create it")
        }
        return try await InstansiService.create(InstansiInput(name: name, code: code), by: actor, on: db)
    }
}
