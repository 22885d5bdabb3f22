import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// Plan documents for the tests, and the parts and text of their DOCX.
enum PlanDocumentFixtures {
    /// A small plan: two standard areas and a unit-defined one, an indikator with three actions
    /// (one with a two-line langkah aksi, one without PIC or target waktu), teams and targets.
    static func sample(showRealisasi: Bool = true) -> PlanDocument {
        let areas = [
            PlanDocument.Area(
                name: "Manajemen Perubahan", number: 1,
                indikators: [
                    PlanDocument.Indikator(
                        text: "Tim kerja telah dibentuk", lkeQuestionID: "A.I.1.i.a",
                        actions: [
                            PlanDocument.Action(
                                langkahAksi: "Menyusun SK Tim Kerja\nMenetapkan koordinator area",
                                buktiFisik: ["SK Tim Kerja", "Notulen rapat"],
                                targetWaktu: "Januari 2025", pic: "Kasubag TU", realisasiPercent: 100),
                            PlanDocument.Action(
                                langkahAksi: "Menyosialisasikan SK Tim Kerja", buktiFisik: ["Daftar hadir sosialisasi"],
                                targetWaktu: nil, pic: nil, realisasiPercent: 37.5),
                            PlanDocument.Action(
                                langkahAksi: "Mengevaluasi susunan tim", buktiFisik: [], targetWaktu: "Desember 2025", pic: "Ketua Tim",
                                realisasiPercent: nil),
                        ]),
                    PlanDocument.Indikator(
                        text: "Agen perubahan telah ditetapkan", lkeQuestionID: nil,
                        actions: [
                            PlanDocument.Action(
                                langkahAksi: "Menetapkan agen perubahan", buktiFisik: ["SK Agen Perubahan"], targetWaktu: "Februari 2025",
                                pic: "Kepala Balai", realisasiPercent: 0)
                        ]),
                ]),
            PlanDocument.Area(
                name: "Penguatan Pengawasan", number: 5,
                indikators: [
                    PlanDocument.Indikator(
                        text: "Pengendalian gratifikasi diinternalisasikan", lkeQuestionID: nil,
                        actions: [
                            PlanDocument.Action(
                                langkahAksi: "Sosialisasi pengendalian gratifikasi",
                                buktiFisik: ["Materi", "Daftar hadir", "Foto kegiatan"],
                                targetWaktu: "Maret 2025", pic: "UPG", realisasiPercent: 50)
                        ])
                ]),
            PlanDocument.Area(
                name: "Pengembangan Program dan Kemitraan", number: nil,
                indikators: [
                    PlanDocument.Indikator(
                        text: "Inovasi layanan kemitraan", lkeQuestionID: nil,
                        actions: [
                            PlanDocument.Action(
                                langkahAksi: "Mengembangkan inovasi layanan kemitraan", buktiFisik: ["Laporan inovasi"],
                                targetWaktu: "Juni 2025", pic: "Tim Kemitraan", realisasiPercent: 10)
                        ])
                ]),
        ]
        return PlanDocument(
            unitName: "Balai Contoh", instansiName: "Kementerian Contoh", year: 2025, place: "Bogor",
            signDate: CalendarDate(year: 2026, month: 11, day: 22), headName: "Dr. Andi Contoh, M.Si.", headNIP: "196910291996031001",
            headTitle: "Kepala Balai Contoh",
            narrative: .defaults(unitName: "Balai Contoh", instansiName: "Kementerian Contoh", year: 2025),
            areas: areas, showRealisasi: showRealisasi, targetPrioritas: ["Pembentukan Tim Zona Integritas", "Penyusunan SOP"],
            timKerja: PlanDocument.Team(
                skNumber: "12/KPTS/2025", skDate: CalendarDate(year: 2025, month: 1, day: 6),
                members: [
                    PlanDocument.Member(name: "Budi Santoso", nip: "197203151998031001", role: "Ketua"),
                    PlanDocument.Member(name: "Rina Kartika", nip: nil, role: "Koordinator Area Manajemen Perubahan"),
                ]),
            agenPerubahan: PlanDocument.Team(
                skNumber: nil, skDate: nil,
                members: [
                    PlanDocument.Member(name: "Siti Nurhaliza", nip: "198001012005012001", role: "Agen Perubahan")
                ])
        )
    }

    /// `document` with nothing optional: no areas, teams, targets, dasar hukum or pengertian umum.
    static func empty() -> PlanDocument {
        var document = sample()
        document.areas = []
        document.timKerja = nil
        document.agenPerubahan = PlanDocument.Team(skNumber: nil, skDate: nil, members: [])
        document.targetPrioritas = []
        document.narrative.dasarHukum = []
        document.narrative.pengertianUmum = []
        document.place = nil
        document.signDate = nil
        document.headName = nil
        document.headNIP = nil
        return document
    }

    /// The parts of a DOCX, by path.
    static func parts(_ data: Data) throws -> [String: Data] {
        try DocumentsFixtures.unzip(data)
    }

    /// The text of a DOCX's `word/document.xml` (see ``WordMLTextCollector``).
    static func text(_ data: Data) throws -> String {
        let document = try XCTUnwrap(parts(data)["word/document.xml"], "no word/document.xml")
        return try XCTUnwrap(WordMLTextCollector.text(of: document), "word/document.xml is not well-formed")
    }

    /// The elements of a DOCX's `word/document.xml`.
    static func elements(_ data: Data) throws -> [(name: String, attributes: [String: String])] {
        let document = try XCTUnwrap(parts(data)["word/document.xml"], "no word/document.xml")
        return try XCTUnwrap(XMLElementCollector.elements(of: document), "word/document.xml is not well-formed")
    }

    /// Checks that a DOCX has exactly the expected parts, each well-formed XML, each (but the
    /// relationship parts, typed by extension) listed in the content types, and that every
    /// content-type override names a part.
    static func assertWellFormedPackage(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let parts = try parts(data)
        XCTAssertEqual(
            Set(parts.keys),
            [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
            ], file: file, line: line)
        for (path, content) in parts {
            XCTAssertNotNil(XMLElementCollector.elements(of: content), "\(path) is not well-formed", file: file, line: line)
        }
        let types = try XCTUnwrap(XMLElementCollector.elements(of: try XCTUnwrap(parts["[Content_Types].xml"])))
        let defaults = Set(types.filter { $0.name == "Default" }.compactMap { $0.attributes["Extension"] })
        XCTAssertTrue(defaults.contains("rels"), "relationship parts have no content type", file: file, line: line)
        let overrides = Dictionary(
            uniqueKeysWithValues: types.filter { $0.name == "Override" }.map { ($0.attributes["PartName"]!, $0.attributes["ContentType"]!) }
        )
        for path in parts.keys where path != "[Content_Types].xml" && !path.hasSuffix(".rels") {
            XCTAssertNotNil(overrides["/" + path], "\(path) has no content type of its own", file: file, line: line)
        }
        for partName in overrides.keys {
            XCTAssertNotNil(parts[String(partName.dropFirst())], "override \(partName) names no part", file: file, line: line)
        }
        XCTAssertEqual(
            overrides["/word/document.xml"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            file: file, line: line)
    }
}
