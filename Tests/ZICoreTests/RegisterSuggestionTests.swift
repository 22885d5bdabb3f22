import XCTest
@testable import ZICore

/// LKE answers suggested from the registers: the numbers, the basis, the provenance, and the
/// fit with the real PermenPANRB 90/2021 framework and its scorer.
final class RegisterSuggestionTests: XCTestCase {
    private func inputs(_ suggestion: LKERegisterSuggestion) -> [String: Double] {
        guard case .inputs(let inputs) = suggestion.answer else { return [:] }
        return inputs
    }

    private let agents = AgentOfChangeFacts(
        year: 2025, agentIDs: ["a1", "a2", "a3", "a4", "a2"], changeIDs: ["c1", "c2", "c3"],
        integratedChangeIDs: ["c1", "c3", "cX"])
    private let discipline = DisciplineFacts(
        year: 2025, previousYearViolationIDs: ["v1", "v2", "v3", "v4"], violationIDs: ["v5"],
        sanctionedViolationIDs: ["v5", "v1"])
    private let complaintFacts = ComplaintHandlingFacts(
        complaints: (1...6).map { .init(id: "p\($0)", status: .selesai) }
            + [
                .init(id: "p7", status: .diproses), .init(id: "p8", status: .diterima), .init(id: "p9", status: .ditolak),
                .init(id: "p10", status: .dialihkan), .init(id: "p1", status: .diproses),
            ])
    private let lhkpnFacts = LHKPNFacts(
        headOfUnitIDs: ["k"], obligedOfficialIDs: ["e1", "e2", "k"], otherIDs: ["o1"],
        filedIDs: ["k", "e1", "o1", "x"])
    private let lhkasnFacts = LHKASNFacts(
        administratorIDs: ["a1"], supervisorIDs: ["s1", "s2"],
        functionalAndStaffIDs: (1...7).map { "f\($0)" }, filedIDs: ["a1", "s1", "s2"] + (1...6).map { "f\($0)" })
    private let serviceFacts = ServiceSimplificationFacts(registeredIDs: ["l1", "l2", "l3", "l4", "l5"], simplifiedIDs: ["l2", "l4"])

    private var all: [LKERegisterSuggestion] {
        RegisterLKESuggestions.agentsOfChange(agents) + [
            RegisterLKESuggestions.discipline(discipline), RegisterLKESuggestions.complaints(complaintFacts),
            RegisterLKESuggestions.lhkpn(lhkpnFacts), RegisterLKESuggestions.lhkasn(lhkasnFacts),
            RegisterLKESuggestions.services(serviceFacts),
        ]
    }

    func testAgentsOfChange() {
        let suggestions = RegisterLKESuggestions.agentsOfChange(agents)
        XCTAssertEqual(suggestions.map(\.questionID), ["A.I.1.iv.b", "A.II.1.i.a", "A.II.1.i.b"])
        XCTAssertEqual(suggestions[0].answer, .option("A"))
        XCTAssertEqual(suggestions[0].basis, "4 agen perubahan telah ditetapkan dan membuat 3 perubahan pada tahun 2025.")
        XCTAssertEqual(inputs(suggestions[1]), ["agenPerubahan": 4, "perubahanDibuat": 3])
        XCTAssertEqual(suggestions[1].basis, "4 agen perubahan membuat 3 perubahan konkret pada tahun 2025 (75%).")
        XCTAssertEqual(
            suggestions[1].sources,
            [
                RegisterReference(register: .agenPerubahan, input: "agenPerubahan", recordIDs: ["a1", "a2", "a3", "a4"]),
                RegisterReference(register: .perubahan, input: "perubahanDibuat", recordIDs: ["c1", "c2", "c3"]),
            ])
        XCTAssertEqual(inputs(suggestions[2]), ["perubahanDibuat": 3, "perubahanTerintegrasi": 2], "cX is not one of the changes")
        XCTAssertEqual(
            suggestions[2].basis,
            "2 dari 3 perubahan yang dibuat agen perubahan pada tahun 2025 telah diintegrasikan dalam sistem manajemen (66,7%).")
        XCTAssertEqual(suggestions[2].sources.last?.recordIDs, ["c1", "c3"])
    }

    func testAgentsAppointedWithoutChangesOrNoAgentsAtAll() {
        let idle = RegisterLKESuggestions.agentsOfChange(
            AgentOfChangeFacts(year: 2025, agentIDs: ["a1"], changeIDs: [], integratedChangeIDs: []))
        XCTAssertEqual(idle[0].answer, .option("B"))
        XCTAssertEqual(idle[2].basis, "Belum ada perubahan yang dibuat agen perubahan pada tahun 2025.")

        let none = RegisterLKESuggestions.agentsOfChange(
            AgentOfChangeFacts(year: 2025, agentIDs: [], changeIDs: ["c1", "c2"], integratedChangeIDs: ["c1"]))
        XCTAssertEqual(none[0].answer, .option("C"))
        XCTAssertEqual(
            none[0].basis,
            "Belum ada agen perubahan yang ditetapkan. 2 perubahan yang tercatat tidak dihitung karena belum ada agen perubahan yang ditetapkan."
        )
        XCTAssertEqual(inputs(none[1]), ["agenPerubahan": 0, "perubahanDibuat": 0])
        XCTAssertEqual(inputs(none[2]), ["perubahanDibuat": 0, "perubahanTerintegrasi": 0])

        let busy = RegisterLKESuggestions.agentsOfChange(
            AgentOfChangeFacts(year: 2025, agentIDs: ["a1"], changeIDs: ["c1", "c2"], integratedChangeIDs: []))
        XCTAssertEqual(busy[1].basis, "1 agen perubahan membuat 2 perubahan konkret pada tahun 2025 (200%, dihitung 100%).")
    }

    func testDiscipline() {
        let suggestion = RegisterLKESuggestions.discipline(discipline)
        XCTAssertEqual(inputs(suggestion), ["pelanggaranTahunSebelumnya": 4, "pelanggaranTahunIni": 1, "pelanggaranDisanksi": 1])
        XCTAssertEqual(
            suggestion.basis,
            "Pelanggaran disiplin pegawai turun dari 4 pada tahun 2024 menjadi 1 pada tahun 2025 (penurunan 75%). "
                + "1 dari 1 pelanggaran tahun 2025 telah diberi sanksi/hukuman.")
        let none = RegisterLKESuggestions.discipline(
            DisciplineFacts(year: 2025, previousYearViolationIDs: [], violationIDs: [], sanctionedViolationIDs: []))
        XCTAssertEqual(none.basis, "Tidak ada pelanggaran disiplin pegawai pada tahun 2024 maupun tahun 2025.")
        let rising = RegisterLKESuggestions.discipline(
            DisciplineFacts(
                year: 2025, previousYearViolationIDs: ["v1"], violationIDs: ["v2", "v3"],
                sanctionedViolationIDs: []))
        XCTAssertEqual(
            rising.basis,
            "Pelanggaran disiplin pegawai naik dari 1 pada tahun 2024 menjadi 2 pada tahun 2025. "
                + "0 dari 2 pelanggaran tahun 2025 telah diberi sanksi/hukuman.")
    }

    func testComplaints() {
        let suggestion = RegisterLKESuggestions.complaints(complaintFacts)
        XCTAssertEqual(inputs(suggestion), ["pengaduanHarusDitindaklanjuti": 8, "pengaduanSedangDiproses": 2, "pengaduanSelesai": 6])
        XCTAssertEqual(
            suggestion.basis,
            "Dari 8 pengaduan masyarakat yang harus ditindaklanjuti, 6 selesai ditindaklanjuti (75%) dan 2 sedang diproses. "
                + "2 pengaduan yang ditolak atau dialihkan tidak dihitung.")
        XCTAssertEqual(
            suggestion.sources.map(\.recordIDs),
            [["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"], ["p7", "p8"], ["p1", "p2", "p3", "p4", "p5", "p6"]])
    }

    func testAssetReports() {
        let lhkpn = RegisterLKESuggestions.lhkpn(lhkpnFacts)
        XCTAssertEqual(
            inputs(lhkpn), ["kepalaSatuanKerja": 1, "pejabatWajibLhkpn": 2, "lainnya": 1, "sudahMelaporkan": 3],
            "the head listed again among the officials counts once; x is not obliged")
        XCTAssertEqual(
            lhkpn.basis,
            "3 dari 4 pegawai yang wajib menyampaikan LHKPN telah menyampaikannya tepat waktu (75%); "
                + "yang wajib: kepala satuan kerja 1, pejabat yang diwajibkan 2, lainnya 1. "
                + "1 penyampaian LHKPN dari pegawai yang tidak tercatat wajib tidak dihitung.")
        XCTAssertEqual(lhkpn.sources.map(\.input), ["kepalaSatuanKerja", "pejabatWajibLhkpn", "lainnya", "sudahMelaporkan"])
        XCTAssertEqual(lhkpn.sources.last?.recordIDs, ["k", "e1", "o1"])
        XCTAssertEqual(lhkpn.sources.last.map { "\($0.register.rawValue): \(LocaleNames.indonesian($0.register))" }, "lhkpn: LHKPN")

        let lhkasn = RegisterLKESuggestions.lhkasn(lhkasnFacts)
        XCTAssertEqual(
            inputs(lhkasn), ["pejabatAdministrator": 1, "pejabatPengawas": 2, "fungsionalDanPelaksana": 7, "sudahMelaporkan": 9])
        XCTAssertEqual(
            RegisterLKESuggestions.lhkasn(LHKASNFacts(administratorIDs: [], supervisorIDs: [], functionalAndStaffIDs: [], filedIDs: []))
                .basis,
            "Tidak ada pegawai yang tercatat wajib menyampaikan LHKASN.")
    }

    func testALateFilingIsNotCounted() {
        var facts = lhkpnFacts
        facts.lateIDs = ["e1"]
        let lhkpn = RegisterLKESuggestions.lhkpn(facts)
        XCTAssertEqual(inputs(lhkpn)["sudahMelaporkan"], 2)
        XCTAssertEqual(lhkpn.sources.last?.recordIDs, ["k", "o1"])
        XCTAssertTrue(
            lhkpn.basis.contains(
                "1 penyampaian LHKPN lewat batas waktu (31 Maret, atau 3 bulan sejak pengangkatan/berhenti) tidak dihitung."), lhkpn.basis)
    }

    func testServices() {
        let suggestion = RegisterLKESuggestions.services(serviceFacts)
        XCTAssertEqual(inputs(suggestion), ["layananTerdata": 5, "layananDipermudah": 2])
        XCTAssertEqual(suggestion.basis, "2 dari 5 jenis perijinan/pelayanan yang terdata telah dipermudah (40%).")
    }

    func testInputsMatchTheRealFrameworkAndScoreAsHandChecked() throws {
        let framework = try LKEFixtures.real()
        let suggestions = all
        XCTAssertEqual(suggestions.map(\.questionID), RegisterLKESuggestions.questionIDs)
        for suggestion in suggestions {
            XCTAssertNoThrow(try suggestion.check(against: framework), suggestion.questionID)
            let question = try XCTUnwrap(framework.question(withId: suggestion.questionID))
            if case .inputs(let given) = suggestion.answer {
                XCTAssertEqual(Set(given.keys), Set(question.inputs.map(\.id)), "every declared input is given: \(suggestion.questionID)")
                XCTAssertEqual(Set(suggestion.sources.compactMap(\.input)), Set(question.inputs.map(\.id)), "every input has its rows")
            }
        }
        let answers = Dictionary(uniqueKeysWithValues: suggestions.map { ($0.questionID, $0.answer) })
        let values = try LKEScorer(framework: framework).score(answers).questionValues
        let expected: [String: Double] = [
            "A.I.1.iv.b": 1, "A.II.1.i.a": 0.75, "A.II.1.i.b": 2.0 / 3, "A.II.3.iii.a": 0.75, "A.II.5.ii.a": 0.75,
            "A.II.5.iii.i.a": 0.75, "A.II.5.iii.ii.a": 0.9, "A.II.6.i.b": 0.4,
        ]
        for (id, value) in expected {
            XCTAssertEqual(try XCTUnwrap(values[id]), value, accuracy: 1e-9, id)
        }
    }

    func testEdgeCasesScoreByTheFrameworksRules() throws {
        let scorer = LKEScorer(framework: try LKEFixtures.real())
        func value(_ suggestion: LKERegisterSuggestion) throws -> Double {
            try XCTUnwrap(scorer.score([suggestion.questionID: suggestion.answer]).questionValues[suggestion.questionID])
        }
        XCTAssertEqual(
            try value(
                RegisterLKESuggestions.discipline(
                    DisciplineFacts(
                        year: 2025, previousYearViolationIDs: [], violationIDs: [],
                        sanctionedViolationIDs: []))), 1, "0 ÷ 0: no violations")
        XCTAssertEqual(
            try value(
                RegisterLKESuggestions.discipline(
                    DisciplineFacts(
                        year: 2025, previousYearViolationIDs: ["v1"],
                        violationIDs: ["v2", "v3"], sanctionedViolationIDs: []))), 0)
        XCTAssertEqual(try value(RegisterLKESuggestions.complaints(ComplaintHandlingFacts(complaints: []))), 1, "no complaint pending")
        XCTAssertEqual(
            try value(
                RegisterLKESuggestions.agentsOfChange(
                    AgentOfChangeFacts(
                        year: 2025, agentIDs: [], changeIDs: ["c1"],
                        integratedChangeIDs: []))[1]), 0,
            "changes without agents are not counted as 100%")
        XCTAssertEqual(
            try value(
                RegisterLKESuggestions.agentsOfChange(
                    AgentOfChangeFacts(
                        year: 2025, agentIDs: ["a1"], changeIDs: ["c1", "c2"],
                        integratedChangeIDs: []))[1]), 1)
    }

    func testCheckRejectsASuggestionThatDoesNotFit() throws {
        let framework = try LKEFixtures.real()
        let wrongInput = LKERegisterSuggestion(
            questionID: "A.II.6.i.b", answer: .inputs(["layanan": 5, "layananDipermudah": 2]), basis: "", sources: [])
        XCTAssertThrowsError(try wrongInput.check(against: framework)) { error in
            guard case .unknownInput(_, let input, _)? = error as? LKEAnswerError else { return XCTFail("\(error)") }
            XCTAssertEqual(input, "layanan")
        }
        let unknown = LKERegisterSuggestion(questionID: "A.II.9.z", answer: .option("A"), basis: "", sources: [])
        XCTAssertThrowsError(try unknown.check(against: framework)) { XCTAssertEqual($0 as? LKEAnswerError, .unknownQuestion("A.II.9.z")) }
    }
}
