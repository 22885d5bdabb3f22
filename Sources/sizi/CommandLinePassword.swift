import Foundation

/// Reads a password for a command: from `SIZI_NEW_PASSWORD` (for scripts) or typed without echo.
enum CommandLinePassword {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "No password: set SIZI_NEW_PASSWORD or run the command in a terminal." }
    }

    static func read(prompt: String) throws -> String {
        if let password = ProcessInfo.processInfo.environment["SIZI_NEW_PASSWORD"], !password.isEmpty {
            return password
        }
        guard isatty(STDIN_FILENO) == 1, let typed = getpass(prompt) else { throw Missing() }
        return String(cString: typed)
    }
}
