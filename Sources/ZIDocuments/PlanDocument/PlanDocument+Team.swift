import ZICore

extension PlanDocument {
    /// A team appointed by decree: the Tim Kerja ZI or the Agen Perubahan.
    public struct Team: Sendable, Equatable {
        /// The number of the decree (SK) appointing the team, if issued.
        public var skNumber: String?
        /// The date of the decree, if issued.
        public var skDate: CalendarDate?
        /// The members, in the order the decree lists them.
        public var members: [Member]

        public init(skNumber: String?, skDate: CalendarDate?, members: [Member]) {
            self.skNumber = skNumber
            self.skDate = skDate
            self.members = members
        }
    }

    /// A member of a team.
    public struct Member: Sendable, Equatable {
        /// The name with titles, as it is to be printed.
        public var name: String
        /// The member's NIP, if a civil servant.
        public var nip: String?
        /// The role in the team: `Ketua`, `Koordinator Area Manajemen Perubahan`, `Anggota`, `Agen Perubahan`.
        public var role: String

        public init(name: String, nip: String?, role: String) {
            self.name = name
            self.nip = nip
            self.role = role
        }
    }
}
