import ArgumentParser
import ZIServer

/// `sizi user …`: manage accounts from the command line.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage user accounts.",
        subcommands: [Create.self, List.self, SetPassword.self, Disable.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account (password read from SIZI_NEW_PASSWORD or prompted).")
        @Argument(help: "Username or 18-digit NIP.") var username: String
        @Option(help: "Display name.") var name: String
        @Option(help: "E-mail address.") var email: String?
        @Option(help: "Role to grant: \(SiziServer.roleNames.joined(separator: ", ")).") var role: String?
        @Option(help: "Unit code (for unit roles) or instansi code (for agency roles).") var scope: String?
        @Option(help: "Change area 1-6 (koordinator_area only).") var area: Int?

        func run() async throws {
            let password = try CommandLinePassword.read(prompt: "Kata sandi untuk \(username): ")
            try await SiziServer.withApplication { app in
                let summary = try await UserAdmin.create(
                    app, username: username, displayName: name, email: email,
                    password: password, role: role, scope: scope, area: area)
                print(summary)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts with their roles.")
        func run() async throws {
            try await SiziServer.withApplication { app in
                for line in try await UserAdmin.list(app) { print(line) }
            }
        }
    }

    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-password",
            abstract: "Set an account's password (SIZI_NEW_PASSWORD or prompted); ends its sessions and unlocks it.")
        @Argument var username: String
        func run() async throws {
            let password = try CommandLinePassword.read(prompt: "Kata sandi baru untuk \(username): ")
            try await SiziServer.withApplication { app in
                try await UserAdmin.setPassword(app, username: username, password: password)
                print("Kata sandi \(username) diganti / password changed.")
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account and end its sessions.")
        @Argument var username: String
        func run() async throws {
            try await SiziServer.withApplication { app in
                try await UserAdmin.disable(app, username: username)
                print("Akun \(username) dinonaktifkan / account disabled.")
            }
        }
    }
}
