import ArgumentParser
import ZIServer

/// `sizi unit …`: manage agencies and units from the command line.
struct UnitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: "Manage units (and their agencies).", subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a unit. The agency is created too when --instansi-name is given for a new code.")
        @Option(help: "Agency (instansi) code.") var instansi: String
        @Option(help: "Agency name, to create the agency if it does not exist.") var instansiName: String?
        @Option(help: "Unit code, unique within the agency.") var code: String
        @Option(help: "Unit name.") var name: String
        @Option(help: "Code of the parent unit.") var parent: String?
        @Option(help: "Address.") var address: String?
        @Option(help: "Name of the head (pimpinan).") var head: String?
        @Option(help: "NIP of the head.") var headNip: String?

        func run() async throws {
            try await SiziServer.withApplication { app in
                let line = try await UnitAdmin.create(
                    app, instansiCode: instansi, instansiName: instansiName, code: code,
                    name: name, parentCode: parent, address: address,
                    headName: head, headNIP: headNip)
                print(line)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List agencies and their unit trees.")
        func run() async throws {
            try await SiziServer.withApplication { app in
                for line in try await UnitAdmin.list(app) { print(line) }
            }
        }
    }
}
