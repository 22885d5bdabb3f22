import Foundation
import ZICore
import ZIDocuments

/// Turns a stored plan and its monev into the inputs of the document renderers.
enum PlanDocumentBuilder {
    /// The *Dokumen Rencana Kerja* of a plan: its narrative, table, teams and targets, signed
    /// by the unit's head, toward the predicate of the unit's programme that year.
    static func document(_ content: PlanContent, unit: WorkUnit, instansiName: String?, target: TargetPredicate) -> PlanDocument {
        let plan = content.plan
        return PlanDocument(
            unitName: unit.name, instansiName: instansiName, year: plan.year, target: target, place: plan.signPlace,
            signDate: plan.signDate.flatMap(CalendarDate.init(iso:)), headName: unit.headName, headNIP: unit.headNIP,
            headTitle: "Kepala \(unit.name)", narrative: content.narrative,
            areas: content.tree.areas.map { area in
                PlanDocument.Area(name: area.row.name, number: area.row.standardNumber, indikators: area.indicators.map { indicator in
                    PlanDocument.Indikator(text: indicator.row.text, lkeQuestionID: indicator.row.lkeQuestionID,
                                           actions: indicator.actions.map {
                                               PlanDocument.Action(langkahAksi: $0.row.langkahAksi, buktiFisik: $0.buktiFisik,
                                                                   targetWaktu: $0.row.targetWaktu, pic: $0.picLabel,
                                                                   realisasiPercent: $0.row.realisasiPercent)
                                           })
                })
            },
            showRealisasi: plan.showRealisasi, targetPrioritas: content.targets,
            timKerja: team(content, .timKerja, number: plan.timSKNumber, date: plan.timSKDate),
            agenPerubahan: team(content, .agenPerubahan, number: plan.agenSKNumber, date: plan.agenSKDate))
    }

    /// The *Laporan Monev* of one period: the due actions with their realisation, the period's
    /// meetings with their findings and follow-ups, and the totals.
    static func monevReport(_ state: MonevState, period: MonitoringPeriod, unitName: String) -> MonevReport {
        var areaOf: [UUID: (String, String)] = [:]
        for area in state.content.tree.areas {
            for indicator in area.indicators {
                for action in indicator.actions { areaOf[action.row.id!] = (area.row.name, indicator.row.text) }
            }
        }
        let due = state.actionsDue(in: period)
        let meetings = state.meetings.filter { $0.periodKey == period.key }
        let findings = state.findings.filter { finding in meetings.contains { $0.id == finding.row.$meeting.id } }
        return MonevReport(
            unitName: unitName, year: state.content.plan.year, periodLabel: period.label, periodStart: period.span.start,
            periodEnd: period.span.end,
            actions: due.map { action, timeliness in
                let stored = action.realisations[period.key]
                return MonevReport.ActionRow(
                    area: areaOf[action.row.id!]?.0 ?? "", indikator: areaOf[action.row.id!]?.1 ?? "",
                    langkahAksi: action.row.langkahAksi, targetWaktu: action.row.targetWaktu, pic: action.picLabel,
                    realisasiPercent: stored?.percent, laporan: stored?.report, status: timeliness.status.label)
            },
            meetings: meetings.map { meeting in
                MonevReport.Meeting(
                    date: CalendarDate(iso: meeting.date) ?? period.span.end, attendees: PlanHeader.lines(meeting.attendees),
                    pimpinanHadir: meeting.pimpinanPresent, notulen: meeting.notulen,
                    findings: findings.filter { $0.row.$meeting.id == meeting.id }.map {
                        MonevReport.Finding(text: $0.row.text, tindakLanjut: $0.row.followUp, owner: $0.ownerName, dueDate: $0.dueDate,
                                            status: $0.status.label)
                    })
            },
            summary: MonevReport.Summary(
                actionsDue: due.count, actionsDone: due.filter { ($0.0.realisations[period.key]?.percent ?? 0) >= 100 }.count,
                followUpsTotal: findings.filter { $0.status != .dibatalkan }.count,
                followUpsDone: findings.filter { $0.status == .selesai }.count))
    }

    private static func team(_ content: PlanContent, _ team: WorkPlanTeamMember.Team, number: String?, date: String?) -> PlanDocument.Team {
        PlanDocument.Team(skNumber: number, skDate: date.flatMap(CalendarDate.init(iso:)), members: content.members(of: team).map {
            PlanDocument.Member(name: $0.name, nip: $0.nip, role: $0.role)
        })
    }
}
