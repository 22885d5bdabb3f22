import Fluent
import Foundation
import Vapor
import ZICore
import ZIDocuments

/// Evidence in a list.
struct EvidenceSummaryDTO: Content {
    let id: UUID
    let unitID: UUID
    let title: String
    let kind: String
    let kindLabel: String
    let documentNumber: String?
    let documentDate: String?
    let tags: [String]
    let currentVersion: Int
    let updatedAt: Date?

    init(_ evidence: Evidence) {
        let names = RequestNames.current
        id = evidence.id!
        unitID = evidence.$unit.id
        title = evidence.title
        kind = evidence.kind
        kindLabel = names(EvidenceKind.self, raw: evidence.kind)
        documentNumber = evidence.documentNumber
        documentDate = evidence.documentDate
        tags = evidence.tags.split(separator: ",").map(String.init)
        currentVersion = evidence.currentVersion
        updatedAt = evidence.updatedAt
    }
}

/// Evidence with its versions and links (with their review history).
struct EvidenceDTO: Content {
    struct Version: Content {
        let number: Int
        let sha256: String
        let size: Int64
        let fileType: String
        let mediaType: String
        let fileName: String
        let uploadedBy: String
        let createdAt: Date?
    }

    struct Review: Content {
        let version: Int
        let status: String
        let note: String?
        let reviewer: String
        let createdAt: Date?
    }

    struct Link: Content {
        let id: UUID
        let assessmentID: UUID?
        let questionID: String?
        let actionID: UUID?
        let reviewStatus: String
        let reviewStatusLabel: String
        let reviewNote: String?
        let reviews: [Review]
        /// The version the latest verdict was given on.
        let reviewedVersion: Int?
        /// Whether a newer version came after the latest verdict (a reviewed file changed).
        let changedSinceReview: Bool
    }

    let evidence: EvidenceSummaryDTO
    let description: String?
    let versions: [Version]
    let links: [Link]

    static func load(_ evidence: Evidence, on db: any Database) async throws -> EvidenceDTO {
        let names = RequestNames.current
        let versions = try await EvidenceVersion.query(on: db).filter(\.$evidence.$id == evidence.id!).sort(\.$number).all()
        let links = try await EvidenceLink.query(on: db).filter(\.$evidence.$id == evidence.id!).sort(\.$createdAt).all()
        let reviews =
            links.isEmpty
            ? []
            : try await EvidenceReview.query(on: db).filter(\.$link.$id ~~ links.compactMap(\.id))
                .sort(\.$createdAt).all()
        let byLink = Dictionary(grouping: reviews, by: { $0.$link.id })
        return EvidenceDTO(
            evidence: EvidenceSummaryDTO(evidence), description: evidence.description,
            versions: versions.map {
                Version(
                    number: $0.number, sha256: $0.sha256, size: $0.size, fileType: $0.fileType,
                    mediaType: EvidenceFileType(rawValue: $0.fileType)?.mediaType ?? "application/octet-stream",
                    fileName: $0.fileName, uploadedBy: $0.uploadedBy, createdAt: $0.createdAt)
            },
            links: links.map { link in
                let reviewed = byLink[link.id!]?.last?.version
                return Link(
                    id: link.id!, assessmentID: link.$assessment.id, questionID: link.questionID, actionID: link.$action.id,
                    reviewStatus: link.reviewStatus,
                    reviewStatusLabel: names(EvidenceReviewStatus.self, raw: link.reviewStatus),
                    reviewNote: link.reviewNote,
                    reviews: (byLink[link.id!] ?? []).map {
                        Review(version: $0.version, status: $0.status, note: $0.note, reviewer: $0.reviewer, createdAt: $0.createdAt)
                    },
                    reviewedVersion: reviewed, changedSinceReview: reviewed.map { $0 < evidence.currentVersion } ?? false)
            })
    }
}
