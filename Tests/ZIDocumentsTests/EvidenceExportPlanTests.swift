import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

final class EvidenceExportPlanTests: XCTestCase {
    static let area1 = "1 Manajemen Perubahan"
    static let question1 = "1.i.a Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"

    static func item(
        _ fileName: String, question: String = "A.I.1.i.a", label: String = question1, area: String = area1,
        type: EvidenceFileType = .pdf, contentID: String = "c0", size: Int64 = 1
    ) -> EvidenceExportPlan.Item {
        EvidenceExportPlan.Item(
            questionID: question, areaName: area, questionLabel: label, fileName: fileName, fileType: type,
            contentID: contentID, size: size, title: "Bukti \(fileName)", status: "Diterima"
        )
    }

    private func paths(_ items: [EvidenceExportPlan.Item]) -> [String] {
        EvidenceExportPlan(items: items).entries.map(\.path)
    }

    func testPathIsAreaQuestionAndFile() {
        XCTAssertEqual(
            paths([Self.item("SK Tim Kerja ZI.pdf")]),
            [
                "1 Manajemen Perubahan/1.i.a Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas/SK Tim Kerja ZI.pdf"
            ])
    }

    func testComponentsAreMadeSafe() {
        let item = Self.item(
            "CON.pdf", question: "A.I.1.i.b", label: "1.i.b Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas",
            area: "1 Manajemen: Perubahan?"
        )
        XCTAssertEqual(
            paths([item]), ["1 Manajemen_ Perubahan_/1.i.b Penentuan anggota Tim dipilih melalui prosedur_mekanisme yang jelas/_CON.pdf"])
    }

    func testDuplicateNamesInAFolderAreNumbered() {
        let items = [
            Self.item("foto.jpg", type: .jpeg, contentID: "b"),
            Self.item("foto (2).jpg", type: .jpeg, contentID: "c"),
            Self.item("foto.jpg", type: .jpeg, contentID: "a"),
            Self.item("FOTO.jpg", type: .jpeg, contentID: "d"),
        ]
        let names = paths(items).map { $0.split(separator: "/").last.map(String.init) }
        XCTAssertEqual(names, ["foto (2).jpg", "FOTO.jpg", "foto (3).jpg", "foto (4).jpg"])
        XCTAssertEqual(EvidenceExportPlan(items: items).entries.map(\.item.contentID), ["c", "d", "a", "b"])
    }

    func testSameNameInDifferentQuestionsIsKept() {
        let items = [Self.item("Notulen.pdf"), Self.item("Notulen.pdf", question: "A.I.1.i.b", label: "1.i.b Penentuan anggota Tim")]
        XCTAssertEqual(paths(items).map { $0.split(separator: "/").last }, ["Notulen.pdf", "Notulen.pdf"])
    }

    func testFileWithoutTheExtensionOfItsTypeGetsIt() {
        let items = [Self.item("SK Tim"), Self.item("foto.png", type: .jpeg), Self.item("scan.JPEG", type: .jpeg)]
        XCTAssertEqual(paths(items).map { $0.split(separator: "/").last }, ["foto.png.jpg", "scan.JPEG", "SK Tim.pdf"])
    }

    func testOrderIsByAreaQuestionAndFileWhateverTheInputOrder() {
        let area2 = "2 Penataan Tatalaksana"
        let area10 = "10 Pengembangan Program dan Kemitraan"
        let items = [
            Self.item("Foto 10.jpg", question: "A.I.1.iv.a", label: "1.iv.a", type: .jpeg),
            Self.item("b.pdf", question: "A.I.2.i.a", label: "2.i.a", area: area2),
            Self.item("Foto 2.jpg", question: "A.I.1.iv.a", label: "1.iv.a", type: .jpeg),
            Self.item("a.pdf", question: "A.II.1.i.a", label: "Reform 1.i.a"),
            Self.item("z.pdf", question: "A.I.1.ii.a", label: "1.ii.a"),
            Self.item("k.pdf", question: "A.I.10.i.a", label: "10.i.a", area: area10),
            Self.item("y.pdf", question: "A.I.1.iii.a", label: "1.iii.a"),
        ]
        let expected = [
            "1 Manajemen Perubahan/1.ii.a/z.pdf",
            "1 Manajemen Perubahan/1.iii.a/y.pdf",
            "1 Manajemen Perubahan/1.iv.a/Foto 2.jpg",
            "1 Manajemen Perubahan/1.iv.a/Foto 10.jpg",
            "1 Manajemen Perubahan/Reform 1.i.a/a.pdf",
            "2 Penataan Tatalaksana/2.i.a/b.pdf",
            "10 Pengembangan Program dan Kemitraan/10.i.a/k.pdf",
        ]
        XCTAssertEqual(paths(items), expected)
        XCTAssertEqual(paths(items.reversed()), expected)
        XCTAssertEqual(EvidenceExportPlan(items: items.shuffled()).entries, EvidenceExportPlan(items: items).entries)
    }

    func testLongLabelsAreCutToKeepPathsShort() throws {
        let area = String(repeating: "Area-", count: 30)
        let label = "1.i.a " + String(repeating: "Unit kerja telah membentuk tim ", count: 10)
        let file = String(repeating: "Daftar hadir ", count: 20) + ".pdf"
        let path = try XCTUnwrap(paths([Self.item(file, label: label, area: area)]).first)
        let components = path.split(separator: "/").map(String.init)
        XCTAssertLessThan(path.utf16.count, EvidenceExportPlan.pathLengthLimit)
        XCTAssertEqual(components.count, 3)
        XCTAssertEqual(components[0].count, 100)
        XCTAssertTrue(components[1].hasPrefix("1.i.a Unit kerja"), components[1])
        XCTAssertEqual(components[2].count, 100)
        XCTAssertTrue(components[2].hasSuffix(".pdf"))
    }

    func testLabelsEqualAfterTheCutGetNumberedFolders() {
        let common = "1.i.a " + String(repeating: "x", count: 200)
        let items = [
            Self.item(String(repeating: "f", count: 96) + ".pdf", label: common + " satu", area: String(repeating: "A", count: 100)),
            Self.item(
                String(repeating: "f", count: 96) + ".pdf", question: "A.I.1.i.b", label: common + " dua",
                area: String(repeating: "A", count: 100)),
        ]
        let folders = paths(items).map { $0.split(separator: "/")[1] }
        XCTAssertEqual(folders.count, 2)
        XCTAssertEqual(folders[1], folders[0].dropLast(4) + " (2)")
        XCTAssertTrue(paths(items).allSatisfy { $0.utf16.count < EvidenceExportPlan.pathLengthLimit })
    }

    func testAreasThatLookAlikeGetTheirOwnFolders() {
        let items = [Self.item("a.pdf", area: "1 Area: Satu"), Self.item("b.pdf", area: "1 Area? Satu")]
        XCTAssertEqual(paths(items).map { $0.split(separator: "/")[0] }, ["1 Area_ Satu", "1 Area_ Satu (2)"])
    }

    func testBlankLabelFallsBackToTheQuestionID() {
        XCTAssertEqual(paths([Self.item("a.pdf", label: "  ")]), ["1 Manajemen Perubahan/A.I.1.i.a/a.pdf"])
    }

    func testEveryQuestionOfTheFrameworkGetsItsOwnShortPath() throws {
        let framework = try DocumentsFixtures.framework()
        let areas = Dictionary(uniqueKeysWithValues: framework.areas.map { ($0.id, "\($0.id) \($0.name)") })
        let longFile = String(repeating: "Dokumen pendukung ", count: 12) + ".pdf"
        let items = LKETemplate(framework).questions.map { question in
            Self.item(
                longFile, question: question.id, label: "\(question.id) \(question.text)",
                area: question.area.flatMap { areas[$0] } ?? "Hasil")
        }
        let entries = EvidenceExportPlan(items: items).entries
        XCTAssertEqual(entries.count, items.count)
        XCTAssertEqual(Set(entries.map(\.path)).count, entries.count)
        for entry in entries {
            XCTAssertLessThan(entry.path.utf16.count, EvidenceExportPlan.pathLengthLimit, entry.path)
            XCTAssertTrue(entry.path.split(separator: "/")[1].hasPrefix(entry.item.questionID), entry.path)
        }
    }
}
