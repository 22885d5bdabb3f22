import ZICore

/// Lays out the exported LKE sheet: the title block, the header row, and one row per node
/// and `Jumlah` input (see ``LKEWorkbookColumn`` for what each column holds).
struct LKEExportSheet {
    let framework: LKEFramework
    let answers: [String: LKEAnswer]
    let notes: [String: String]
    let score: LKEScore

    private static let bold = XLSXStyle(isBold: true)
    private static let wrapped = XLSXStyle(wrapsText: true)
    private static let twoDecimals = XLSXStyle(numberFormat: .twoDecimals)
    private static let percent = XLSXStyle(numberFormat: .percentTwoDecimals)
    private static let instructionsHeight = 45.0

    func sheet(unitName: String, year: Int) -> XLSXSheet {
        let titleBlock = [
            XLSXRow(cells: [XLSXCell(.text(Self.title(of: framework)), style: Self.bold)]),
            Self.titleRow(LKEWorkbook.unitLabel, XLSXCell(.text(unitName))),
            Self.titleRow(LKEWorkbook.yearLabel, XLSXCell(.number(Double(year)))),
            Self.titleRow(LKEWorkbook.frameworkLabel, XLSXCell(.text(framework.id))),
            Self.titleRow(LKEWorkbook.totalLabel, XLSXCell(.number(score.total), style: Self.twoDecimals)),
            XLSXRow(cells: [XLSXCell(.text(LKEWorkbook.instructions), style: Self.wrapped)], height: Self.instructionsHeight),
        ]
        let header = XLSXRow(
            cells: LKEWorkbookColumn.allCases.map {
                XLSXCell(.text($0.header), style: XLSXStyle(isBold: true, wrapsText: true))
            })
        // The title and the instructions span the table's width.
        let merged = [1, titleBlock.count].map {
            CellRange(CellReference(row: $0, column: 1), CellReference(row: $0, column: LKEWorkbookColumn.allCases.count))
        }
        return XLSXSheet(
            name: LKEWorkbook.sheetName,
            columns: LKEWorkbookColumn.allCases.map { XLSXColumn(width: $0.width) },
            rows: titleBlock + [header] + framework.children.flatMap { rows(for: $0, depth: 0) },
            frozenRows: titleBlock.count + 1,
            mergedRanges: merged,
            printSetup: XLSXPrintSetup(
                isLandscape: true, fitsToPageWidth: true, repeatedRows: (titleBlock.count + 1)...(titleBlock.count + 1))
        )
    }

    private func rows(for node: LKENode, depth: Int) -> [XLSXRow] {
        switch node {
        case .group(let group):
            [groupRow(group, depth: depth)] + group.children.flatMap { rows(for: $0, depth: depth + 1) }
        case .question(let question):
            [questionRow(question, depth: depth)] + question.inputs.map { inputRow($0, of: question, depth: depth + 1) }
        }
    }

    private func groupRow(_ group: LKEGroup, depth: Int) -> XLSXRow {
        let nodeScore = score.score(of: group.id) ?? 0
        return Self.row([
            .penilaian: XLSXCell(.text("\(group.id) \(group.name)"), style: XLSXStyle(isBold: true, wrapsText: true, indent: depth)),
            .bobot: XLSXCell(.number(group.weight), style: Self.twoDecimals),
            .nilai: XLSXCell(.number(nodeScore), style: Self.twoDecimals),
            .persen: group.weight > 0 ? XLSXCell(.number(nodeScore / group.weight), style: Self.percent) : nil,
            .catatan: note(for: group.id),
            .id: XLSXCell(.text(LKEWorkbookRowID.node(group.id).text)),
        ])
    }

    private func questionRow(_ question: LKEQuestion, depth: Int) -> XLSXRow {
        let explanation = Self.explanation(of: question)
        let answer = answers[question.id]
        let nilai = question.weight == nil ? score.questionValues[question.id] : score.score(of: question.id)
        return Self.row([
            .penilaian: XLSXCell(.text("\(question.id) \(question.text)"), style: XLSXStyle(wrapsText: true, indent: depth)),
            .bobot: question.weight.map { XLSXCell(.number($0), style: Self.twoDecimals) },
            .penjelasan: explanation.isEmpty ? nil : XLSXCell(.text(explanation), style: Self.wrapped),
            .pilihanJawaban: XLSXCell(.text(question.answerType.rawValue)),
            .jawaban: answer.map { jawaban($0, of: question) },
            .nilai: answer == nil ? nil : nilai.map { XLSXCell(.number($0), style: Self.twoDecimals) },
            .catatan: note(for: question.id),
            .id: XLSXCell(.text(LKEWorkbookRowID.node(question.id).text)),
        ])
    }

    private func inputRow(_ input: LKEInput, of question: LKEQuestion, depth: Int) -> XLSXRow {
        let label = "- " + (input.group.map { "\($0): " } ?? "") + input.label
        let value: Double? = if case .inputs(let inputs) = answers[question.id] { inputs[input.id] } else { nil }
        return Self.row([
            .penilaian: XLSXCell(.text(label), style: XLSXStyle(wrapsText: true, indent: depth)),
            .pilihanJawaban: XLSXCell(.text(LKEWorkbook.inputAnswerType)),
            .jawaban: value.map { XLSXCell(.number($0)) },
            .id: XLSXCell(.text(LKEWorkbookRowID.input(question: question.id, input: input.id).text)),
        ])
    }

    /// The Jawaban cell: the option code, the percentage (for `Jumlah` inputs the percentage
    /// they give, or the counted percentage where the formula divides by zero), or the survey value.
    private func jawaban(_ answer: LKEAnswer, of question: LKEQuestion) -> XLSXCell {
        switch answer {
        case .option(let code):
            let canonical = (try? question.optionIndex(of: code)).map { question.answerType.optionCodes[$0] }
            return XLSXCell(.text(canonical ?? code))
        case .number(let number) where question.answerType == .percentage:
            return XLSXCell(.number(number / 100), style: Self.percent)
        case .number(let number):
            return XLSXCell(.number(number), style: Self.twoDecimals)
        case .inputs(let inputs):
            let raw = (try? question.percentage(from: inputs)).flatMap { $0.isFinite ? $0 : nil }
            let percentage = raw ?? (score.questionValues[question.id] ?? 0) * 100
            return XLSXCell(.number(percentage / 100), style: Self.percent)
        }
    }

    private func note(for id: String) -> XLSXCell? {
        notes[id].map { XLSXCell(.text($0), style: Self.wrapped) }
    }

    /// The penjelasan: each explained option on its own line (`a. Jika …`; `Ya, jika …` as
    /// printed), with its source where it is not the worksheet; or the question's explanation.
    private static func explanation(of question: LKEQuestion) -> String {
        guard !question.options.isEmpty else { return question.explanation ?? "" }
        return question.options.compactMap { option in
            option.text.map { text in
                let line = question.answerType == .yaTidak ? text : "\(option.code.lowercased()). \(text)"
                return option.source.map { "\(line) (sumber: \($0))" } ?? line
            }
        }.joined(separator: "\n")
    }

    /// The title: `<title> (<regulation>, <worksheet>; data versi <version>)`.
    private static func title(of framework: LKEFramework) -> String {
        let regulation = framework.regulation
        return "\(framework.title) (\(regulation.shortName), \(regulation.worksheet); data versi \(framework.version))"
    }

    private static func titleRow(_ label: String, _ value: XLSXCell) -> XLSXRow {
        XLSXRow(cells: [XLSXCell(.text(label), style: bold), value])
    }

    /// A row with the given cells in their columns.
    private static func row(_ cells: [LKEWorkbookColumn: XLSXCell?]) -> XLSXRow {
        XLSXRow(cells: LKEWorkbookColumn.allCases.map { cells[$0] ?? nil })
    }
}
