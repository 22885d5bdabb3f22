import Fluent
import Vapor
import ZICore

/// Evidence seen from what it proves: per assessment (questions with and without evidence,
/// and the TPN export ZIP) and per plan (actions with and without evidence). Registered on the
/// API and the web (the ZIP downloads from both).
struct EvidenceOverviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.assessmentEvidence, use: assessmentCoverage)
        routes.get(.assessmentEvidenceZip, use: export)
        routes.get(.planEvidence, use: planCoverage)
    }

    func assessmentCoverage(req: Request) async throws -> EvidenceCoverage {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        try await req.require(.viewEvidence, on: unit.accessTarget)
        return try await EvidenceCoverage.of(assessment, catalog: try req.application.lke.entry(assessment.frameworkID), on: req.db)
    }

    func planCoverage(req: Request) async throws -> EvidenceCoverage {
        let (plan, unit) = try await PlanAccess.load(req)
        try await req.require(.viewEvidence, on: unit.accessTarget)
        return try await EvidenceCoverage.of(try await PlanTree.load(plan, on: req.db), on: req.db)
    }

    /// The TPN ZIP of the assessment's evidence, built in a temporary directory and streamed.
    func export(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        try await req.require(.viewEvidence, on: unit.accessTarget)
        let evidence = req.application.evidence
        let directory = evidence.incoming.appendingPathComponent("export-\(UUID().uuidString)")
        do {
            let zip = try await EvidenceExport.archive(
                of: assessment, unitName: unit.name,
                catalog: try req.application.lke.entry(assessment.frameworkID),
                store: evidence.store, directory: directory, on: req.db)
            let response = try await req.fileio.asyncStreamFile(at: zip.path, mediaType: .zip) { _ in
                try? FileManager.default.removeItem(at: directory)
            }
            Download.describe(response, type: .zip, fileName: "data-dukung-\(unit.code)-\(assessment.year).zip")
            return response
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }
}
