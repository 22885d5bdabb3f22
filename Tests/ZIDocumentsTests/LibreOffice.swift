import Foundation
import XCTest

/// LibreOffice (`soffice`) run headless to convert files, when it is installed: the strongest
/// check available here that a real office application accepts the files written.
///
/// Each instance works in its own temporary directory (with its own user profile, so parallel
/// runs do not share a lock); call ``removeFiles()`` when done.
struct LibreOffice {
    private let executable: URL
    private let directory: URL

    /// The format of a word-processor document converted to plain UTF-8 text.
    static let plainText = "txt:Text (encoded):UTF8"

    /// The installed LibreOffice, or a skip when it is not installed — a failure instead when
    /// `SIZI_REQUIRE_LIBREOFFICE=1` (CI installs LibreOffice, so there the check cannot be skipped).
    static func installed() throws -> LibreOffice {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("soffice") }
        guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            if ProcessInfo.processInfo.environment["SIZI_REQUIRE_LIBREOFFICE"] == "1" {
                throw TestSetupError("LibreOffice (soffice) is required but not installed")
            }
            throw XCTSkip("LibreOffice (soffice) is not installed")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return LibreOffice(executable: executable, directory: directory)
    }

    /// Converts `data`, saved as `fileName`, with LibreOffice to `format` (`csv`, `txt:Text
    /// (encoded):UTF8`, `xlsx:Calc MS Excel 2007 XML`, …); returns every file written, by name.
    func convert(_ data: Data, fileName: String, to format: String) throws -> [String: Data] {
        let input = directory.appendingPathComponent(fileName)
        let output = directory.appendingPathComponent("out-\(UUID().uuidString)")
        try data.write(to: input)
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "-env:UserInstallation=\(directory.appendingPathComponent("profile").absoluteString)",
            "--headless", "--norestore", "--convert-to", format, "--outdir", output.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(180)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            XCTFail("LibreOffice did not finish within 180 s")
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "soffice exit status")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        guard !names.isEmpty else { throw TestSetupError("LibreOffice wrote nothing converting \(fileName) to \(format)") }
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: output.appendingPathComponent($0))) })
    }

    /// The one file written converting `data` (saved as `fileName`) to `format`, as UTF-8 text.
    func convertToText(_ data: Data, fileName: String, to format: String) throws -> String {
        let files = try convert(data, fileName: fileName, to: format)
        XCTAssertEqual(files.count, 1, "files written: \(files.keys.sorted())")
        return String(decoding: try XCTUnwrap(files.values.first), as: UTF8.self)
    }

    /// Removes the working directory.
    func removeFiles() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A test case with LibreOffice at hand: skipped when LibreOffice is not installed (failed when
/// it is required), its files removed afterwards.
class LibreOfficeTestCase: XCTestCase {
    private(set) var office: LibreOffice!

    override func setUpWithError() throws {
        office = try LibreOffice.installed()
    }

    override func tearDownWithError() throws {
        office?.removeFiles()
    }
}

/// A missing prerequisite that must fail the test rather than skip it.
struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
