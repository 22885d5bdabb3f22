/// Where the table has got to in the plan's outline — section, area, komponen, indikator — as
/// headings and outline cells move it, carried down over empty cells.
///
/// An empty area, komponen or indikator cell keeps the value from the rows above, as a merged
/// cell would show it. A new area empties the komponen and indikator; a new komponen empties the
/// indikator; a section heading empties all three. A komponen cell that names a change area
/// (see `PlanAreaVocabulary`) sets the area instead, so a `Komponen` column holding the areas
/// reads right.
struct PlanOutline {
    private(set) var area: PlanArea?
    private(set) var komponen: String?
    private(set) var indikator: String?
    /// Every area entered, in order of first appearance.
    private(set) var areas: [PlanArea] = []

    /// The numbering style of the heading that began the current area; `nil` when it was
    /// unnumbered or the area came from a cell.
    private var areaStyle: PlanMarker.Style?
    private var section: PlanSection?
    /// The unit-defined areas so far, by `PlanText.key` of their names.
    private var unitAreas: [String: PlanArea] = [:]

    /// What a heading-shaped row is (see ``PlanImportHeading``); `nil` when unnumbered text in
    /// the indikator column names neither an area nor a section: then it is an incomplete action.
    mutating func kind(of heading: PlanRowCells.Heading) -> PlanImportHeading.Kind? {
        if PlanSection(heading.text) != nil { return .section }
        let standard = standardArea(heading.text)
        if heading.column == .indikator, heading.marker == nil, standard == nil { return nil }
        let numberedLikeTheArea = heading.marker.map { $0.style == areaStyle } ?? false
        if heading.column == .area || standard != nil || area == nil || numberedLikeTheArea {
            return .area(standard.map(PlanArea.standard) ?? unitArea(heading.text))
        }
        return .komponen
    }

    /// Moves to the part of the plan `heading` begins; `marker` is the heading's numbering.
    mutating func enter(_ heading: PlanImportHeading, numbered marker: PlanMarker?) {
        switch heading.kind {
        case .section:
            section = PlanSection(heading.text)
            (area, areaStyle, komponen) = (nil, nil, nil)
        case .area(let newArea):
            enter(newArea)
            (areaStyle, komponen) = (marker?.style, nil)
        case .komponen:
            komponen = heading.text
        }
        indikator = nil
    }

    /// Takes a row's outline cells; a cell in `rejected` (too long to import) empties its level.
    mutating func carryDown(_ cells: PlanRowCells, rejected: Set<PlanColumn>) {
        if let text = cells.text(.area) {
            changeArea(to: rejected.contains(.area) ? nil : standardArea(text).map(PlanArea.standard) ?? unitArea(text))
        }
        if let text = cells.text(.komponen) {
            if rejected.contains(.komponen) {
                (komponen, indikator) = (nil, nil)
            } else if let number = standardArea(text) {
                changeArea(to: .standard(number))
            } else if text != komponen {
                (komponen, indikator) = (text, nil)
            }
        }
        if let text = cells.text(.indikator) {
            indikator = rejected.contains(.indikator) ? nil : text
        }
    }

    /// Moves to `newArea` (`nil`: none) if it is another area than the current one, emptying the
    /// komponen and indikator.
    private mutating func changeArea(to newArea: PlanArea?) {
        guard newArea != area else { return }
        if let newArea { enter(newArea) } else { area = nil }
        areaStyle = nil
        (komponen, indikator) = (nil, nil)
    }

    /// Makes `newArea` the current area and lists it.
    private mutating func enter(_ newArea: PlanArea) {
        area = newArea
        if !areas.contains(newArea) { areas.append(newArea) }
    }

    /// The change area `text` names, unless below a `Hasil` section.
    private func standardArea(_ text: String) -> Int? {
        section?.hasChangeAreas == false ? nil : PlanAreaVocabulary.match(text)
    }

    /// The unit-defined area named `text`: the first one spelled alike, or a new one.
    private mutating func unitArea(_ text: String) -> PlanArea {
        let name = PlanAreaVocabulary.unitAreaName(text)
        let key = PlanText.key(name)
        if let known = unitAreas[key] { return known }
        let newArea = PlanArea.unitDefined(name)
        unitAreas[key] = newArea
        return newArea
    }
}
