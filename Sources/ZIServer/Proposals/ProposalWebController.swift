import Vapor
import ZICore

/// The agency's proposal page: every unit with where it stands and what it lacks, a category
/// per unit, the cut-off date, save and confirm.
struct ProposalWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.instansiProposals, use: show)
        routes.post(.instansiProposals, use: save)
    }

    /// One unit's line on the page.
    struct Row: Encodable {
        let line: ProposalList.Line
        let choices: [Choice]
        let afirmasi: Bool
        let standing: String
        /// What the unit lacks, per category, in words; empty when it may be proposed in every one.
        let gaps: [String]
    }

    struct View: Encodable {
        let list: ProposalList
        let rows: [Row]
        let editable: Bool
        let confirmed: String?
        let problems: [String]
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        let (instansi, year) = try await ProposalScope.load(req, requiring: .viewRollup)
        return try await render(instansi, year: year, form: FormState(), req: req)
    }

    func save(req: Request) async throws -> Response {
        let (instansi, year) = try await ProposalScope.load(req, requiring: .manageProposals)
        let fields = try req.content.decode([String: String].self)
        let today = req.clock.today()
        let list = try await ProposalList.load(instansi, year: year, today: today, on: req.db)
        let input = ProposalService.Input(
            cutoff: fields["cutoff"]?.isEmpty == false ? fields["cutoff"] : nil, confirm: fields["confirm"] == "1",
            units: list.lines.compactMap { line in
                guard let kategori = fields["kategori:\(line.unitID)"], !kategori.isEmpty else { return nil }
                return .init(unitID: line.unitID, kategori: kategori, afirmasi: fields["afirmasi:\(line.unitID)"] == "on")
            })
        do {
            try await req.writeAsUser { actor, db in
                try await ProposalService.save(input, instansi: instansi, year: year, today: today, by: actor, on: db)
            }
            return WebPage.redirect(
                req, to: SitePath.instansiProposals.path(instansi.id!, year), notice: input.confirm == true ? "confirmed" : "saved")
        } catch let error as AppError where [.unprocessableEntity, .conflict].contains(error.status) {
            return try await render(
                instansi, year: year, form: FormState(values: fields, error: error, req: req), req: req, status: error.status)
        }
    }

    private func render(
        _ instansi: Instansi, year: Int, form: FormState, req: Request, status: HTTPStatus = .ok
    ) async throws -> Response {
        let list = try await ProposalList.load(instansi, year: year, today: req.clock.today(), on: req.db)
        let manage = try await req.may(.manageProposals, on: .instansi(instansi.id!))
        let rows = list.lines.map { line in
            let chosen = form.values["kategori:\(line.unitID)"] ?? line.kategori?.rawValue ?? ""
            return Row(
                line: line,
                choices: [Choice(value: "", label: "—", selected: chosen.isEmpty)]
                    + ProposalCategory.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == chosen) },
                afirmasi: form.values.isEmpty ? line.afirmasi : form.values["afirmasi:\(line.unitID)"] == "on",
                standing: standing(line, req: req),
                gaps: ProposalCategory.allCases.compactMap { category in
                    let gaps = line.gaps[category.rawValue] ?? []
                    return gaps.isEmpty ? nil : "\(category.rawValue): \(gaps.map { req.names($0) }.joined(separator: "; "))"
                })
        }
        let confirmed = list.confirmedAt.map {
            req.t("proposal.confirmed_at", [WIBTime.format($0), list.confirmedBy ?? ""])
        }
        let view = View(
            list: list, rows: rows, editable: manage && !list.frozen, confirmed: confirmed,
            problems: form.errors.sorted { $0.key < $1.key }.map(\.value), form: form)
        return try await WebPage.render(
            "proposals/show", title: "\(req.t("proposal.title")) \(year) · \(instansi.name)", view, req: req, status: status)
    }

    /// Where the unit's assessment stands, in words.
    private func standing(_ line: ProposalList.Line, req: Request) -> String {
        guard let status = line.status else { return req.names(ProposalEligibility.Gap.noAssessment) }
        let total = line.total.map { String(format: "%.2f", $0) } ?? "—"
        // The framework too: an agency may have units on PermenPANRB 90/2021 and on LKE ZI 2026.
        let framework = line.framework.flatMap { try? req.application.lke.entry($0).framework.regulation.shortName }
        let verdict = line.recommendation.map { req.t("assessment.recommendation.\($0.rawValue)") }
        return [req.t("assessment.status.\(status.rawValue)"), framework.map { "\(total) (\($0))" } ?? total, verdict]
            .compactMap { $0 }.joined(separator: " · ")
    }
}
