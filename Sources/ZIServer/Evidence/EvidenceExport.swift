import Fluent
import Foundation
import ZICore
import ZIDocuments

/// The evidence of an assessment as one ZIP for the national team (TPN): a folder per change
/// area and per question (`1 Manajemen Perubahan/A.I.1.i.a Unit kerja telah …/SK Tim.pdf`),
/// the newest version of every linked file, and `index.html` listing question, file,
/// SHA-256, size and review status. Written to a temporary file in chunks, so memory stays
/// flat whatever the total size.
enum EvidenceExport {
    /// Writes the archive into `directory` and returns its location.
    static func archive(
        of assessment: Assessment, unitName: String, catalog: LKECatalog.Entry, store: any BlobStore,
        directory: URL, on db: any Database
    ) async throws -> URL {
        let plan = EvidenceExportPlan(items: try await items(of: assessment, catalog: catalog, on: db))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var sources: [String: URL] = [:]
        for entry in plan.entries where sources[entry.item.contentID] == nil {
            sources[entry.item.contentID] = try await store.localFile(entry.item.contentID, scratch: directory)
        }
        let title = "Data dukung LKE \(unitName) \(assessment.year)"
        let destination = directory.appendingPathComponent("data-dukung-\(assessment.year).zip")
        let found = sources
        try EvidenceArchiveWriter.write(
            plan, index: Data(EvidenceExportIndex.html(plan, title: title).utf8), indexName: "index.html",
            to: destination
        ) { item in found[item.contentID]! }
        return destination
    }

    /// One item per link of the assessment to live evidence: the newest version, in its
    /// question's folder.
    static func items(of assessment: Assessment, catalog: LKECatalog.Entry, on db: any Database) async throws -> [EvidenceExportPlan.Item] {
        let names = RequestNames.indonesian
        let links = try await EvidenceLink.query(on: db).filter(\.$assessment.$id == assessment.id!).all()
        // Deleted evidence is left out: the query skips it.
        let evidence = Dictionary(
            uniqueKeysWithValues: try await Evidence.query(on: db)
                .filter(\.$id ~~ Set(links.map { $0.$evidence.id })).all().map { ($0.id!, $0) })
        let areaNames = Dictionary(uniqueKeysWithValues: catalog.framework.areas.map { ($0.id, "\($0.id) \($0.name)") })
        var items: [EvidenceExportPlan.Item] = []
        for link in links {
            guard let questionID = link.questionID, let question = catalog.questions[questionID],
                let piece = evidence[link.$evidence.id],
                let version = try await EvidenceVersion.query(on: db).filter(\.$evidence.$id == piece.id!)
                    .filter(\.$number == piece.currentVersion).first(),
                let type = EvidenceFileType(rawValue: version.fileType)
            else { continue }
            let area = catalog.areaOf[questionID].map(String.init).flatMap { areaNames[$0] } ?? "Hasil"
            items.append(
                EvidenceExportPlan.Item(
                    questionID: questionID, areaName: area, questionLabel: "\(questionID) \(question.text)", fileName: version.fileName,
                    fileType: type, contentID: version.sha256, size: version.size, title: piece.title,
                    status: names(EvidenceReviewStatus.self, raw: link.reviewStatus)))
        }
        return items
    }
}
