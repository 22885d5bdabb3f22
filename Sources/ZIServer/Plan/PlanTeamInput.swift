import Vapor
import ZICore

/// A team's members as a form sends them (one per line, `Nama | NIP | Peran`) or as the API
/// sends them (a list), checked: a name and role are required, a NIP must be a valid NIP.
struct PlanTeamInput: Content {
    /// A checked member.
    struct Member: Content, Equatable {
        var name: String
        var nip: String?
        var role: String
    }

    var team: String?
    /// Form: one member per line.
    var members: String?
    /// API: the members as a list.
    var list: [Member]?

    static let maxMembers = 200

    /// The team and its members; every problem is reported with its line number.
    func checked() throws -> (WorkPlanTeamMember.Team, [Member]) {
        var validator = Validator()
        let team = team.flatMap(WorkPlanTeamMember.Team.init(rawValue:))
        if team == nil { validator.add("team", "validation.choice") }
        let given =
            list
            ?? PlanHeader.lines(members ?? "").map { line in
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                return Member(
                    name: cells[0], nip: cells.count > 2 ? cells[1] : nil,
                    role: cells.count > 2 ? cells[2] : cells.count == 2 ? cells[1] : "")
            }
        if given.count > Self.maxMembers { validator.add("members", "validation.too_many", [String(Self.maxMembers)]) }
        var members: [Member] = []
        for (index, member) in given.enumerated() {
            let line = String(index + 1)
            let name = member.name.trimmingCharacters(in: .whitespaces)
            let role = member.role.trimmingCharacters(in: .whitespaces)
            let nip = member.nip?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
            if name.isEmpty || name.count > 200 { validator.add("members", "validation.member_name", [line]) }
            if role.isEmpty || role.count > 200 { validator.add("members", "validation.member_role", [line]) }
            if let nip, !nip.isEmpty, (try? NIP(nip, currentYear: AppClock.current.today().year)) == nil {
                validator.add("members", "validation.member_nip", [line])
            }
            members.append(Member(name: name, nip: nip?.isEmpty == false ? nip : nil, role: role))
        }
        try validator.check()
        return (team!, members)
    }
}
