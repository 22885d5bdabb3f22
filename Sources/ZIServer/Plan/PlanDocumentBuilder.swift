import Foundation
import ZICore
import ZIDocuments

/// Turns a stored plan and its monev into the inputs of the document renderers.
package enum PlanDocumentBuilder {
    /// The *Dokumen Rencana Kerja* of a plan: its narrative, table, teams and targets, signed
    /// by the unit's head, toward the predicate of the unit's programme that year.
    package static func document(_ content: PlanContent, unit: WorkUnit, instansiName: String?, target: TargetPredicate) -> PlanDocument {
        let plan = content.plan
        return PlanDocument(
            unitName: unit.name, instansiName: instansiName, year: plan.year, target: target, place: plan.signPlace,
            signDate: plan.signDate.flatMap(CalendarDate.init(iso:)), headName: unit.headName, headNIP: unit.headNIP,
            headTitle: "Kepala \(unit.name)", narrative: content.narrative,
            areas: content.tree.areas.map { area in
                PlanDocument.Area(
                    name: area.row.name, number: area.row.standardNumber,
                    indikators: area.indicators.map { indicator in
                        PlanDocument.Indikator(
                            text: indicator.row.text, lkeQuestionID: indicator.row.lkeQuestionID,
                            actions: indicator.actions.map {
                                PlanDocument.Action(
                                    langkahAksi: $0.row.langkahAksi, buktiFisik: $0.buktiFisik,
                                    targetWaktu: $0.row.targetWaktu, pic: $0.picLabel,
                                    realisasiPercent: $0.row.realisasiPercent)
                            })
                    })
            },
            showRealisasi: plan.showRealisasi, targetPrioritas: content.targets,
            timKerja: team(content, .timKerja, number: plan.timSKNumber, date: plan.timSKDate),
            agenPerubahan: team(content, .agenPerubahan, number: plan.agenSKNumber, date: plan.agenSKDate))
    }

    private static func team(_ content: PlanContent, _ team: WorkPlanTeamMember.Team, number: String?, date: String?) -> PlanDocument.Team {
        PlanDocument.Team(
            skNumber: number, skDate: date.flatMap(CalendarDate.init(iso:)),
            members: content.members(of: team).map {
                PlanDocument.Member(name: $0.name, nip: $0.nip, role: $0.role)
            })
    }
}
