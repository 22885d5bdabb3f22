import Fluent
import Vapor
import ZICore

/// The LHKPN/LHKASN compliance prerequisite from the unit's asset report register of the year
/// (see ``AssetReportCompliance``), for those who may read the registers.
struct AssetReportPrerequisite: PrerequisiteSuggestionSource {
    /// The checklist item it computes (Tabel 5).
    static let itemID = "kepatuhan-lhkpn-lhkasn"

    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [PrerequisiteSuggestion] {
        guard try await req.may(.viewRegisters, on: unit.accessTarget) else { return [] }
        let reports = try await AssetReport.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all()
        let compliance = AssetReportCompliance(
            obligedIDs: reports.map { $0.id!.uuidString }, filedIDs: reports.filter { $0.filedOn != nil }.map { $0.id!.uuidString },
            lateIDs: reports.filter(\.isLate).map { $0.id!.uuidString })
        guard let value = compliance.percentText else { return [] }
        return [
            PrerequisiteSuggestion(
                itemID: Self.itemID, value: value,
                basis: req.t(
                    "prerequisites.asset_report_basis",
                    [String(compliance.onTime), String(compliance.obliged), String(compliance.late), String(compliance.missing)]),
                link: SitePath.unitRegisters.path(unit.id!) + "?year=\(year)")
        ]
    }
}
