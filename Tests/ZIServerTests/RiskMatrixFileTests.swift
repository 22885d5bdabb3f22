import Foundation
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// An agency rates risks on its own matrix (`SIZI_RISK_MATRIX_FILE`), checked at start.
final class RiskMatrixFileTests: XCTestCase {
    func testTheAgencysMatrixRatesTheRegisterAndABrokenOneStopsTheStart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundled = try RiskMatrixLoader.bundled()
        var json = String(decoding: try JSONEncoder().encode(bundled), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"Sangat Tinggi\"", with: "\"Ekstrem\"")
        let own = directory.appendingPathComponent("matriks-instansi.json")
        try Data(json.utf8).write(to: own)

        try await withApp(adjust: { $0.riskMatrixFile = own.path }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let reply = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/risks", token: token,
                json: [
                    "year": AnyEncodable(2026), "objective": AnyEncodable("Layanan tepat waktu"),
                    "statement": AnyEncodable("Pungutan liar di loket"), "cause": AnyEncodable("Pembayaran tunai"),
                    "effect": AnyEncodable("Keluhan"), "likelihood": AnyEncodable(1), "impact": AnyEncodable(5),
                    "existingControls": AnyEncodable("SOP"),
                ])
            XCTAssertEqual(reply.status, .created, reply.body)
            XCTAssertEqual(try reply.json(RiskDetailDTO.self).risk.inherent.levelLabel, "Ekstrem")
        }

        let broken = directory.appendingPathComponent("rusak.json")
        try Data(json.replacingOccurrences(of: "\"minScore\":20", with: "\"minScore\":30").utf8).write(to: broken)
        do {
            try await withApp(adjust: { $0.riskMatrixFile = broken.path }) { _, _ in XCTFail("a broken matrix was accepted") }
        } catch {
            XCTAssertTrue("\(error)".contains("rusak.json"), "\(error)")
        }
    }
}
