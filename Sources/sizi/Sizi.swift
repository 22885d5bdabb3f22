import ArgumentParser

/// `sizi`: the SIZI server and its administration commands.
@main
struct Sizi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sizi",
        abstract: "SIZI — Sistem Informasi Zona Integritas.",
        subcommands: [
            Serve.self, Migrate.self, UserCommand.self, UnitCommand.self, AuditCommand.self, LKECommand.self, PlanCommand.self,
            EvidenceCommand.self, SKMCommand.self, WBSCommand.self, BenchCommand.self, BackupCommand.self, RestoreCommand.self,
            HolidayCommand.self,
        ],
        defaultSubcommand: nil)
}
