import Foundation
import Vapor
import ZICore

/// What a client sends to create or change an agency.
package struct InstansiInput: Content, Sendable {
    var name: String?
    var code: String?
    /// A regional government (Tabel 5 sets a lower Indeks RB minimum); unchanged when absent.
    var isPemerintahDaerah: Bool?
    /// Every account of the agency must use a second factor; unchanged when absent.
    var requiresSecondFactor: Bool?

    package init(name: String? = nil, code: String? = nil, isPemerintahDaerah: Bool? = nil, requiresSecondFactor: Bool? = nil) {
        self.name = name
        self.code = code
        self.isPemerintahDaerah = isPemerintahDaerah
        self.requiresSecondFactor = requiresSecondFactor
    }
}

/// An agency as the API shows it.
struct InstansiDTO: Content, Sendable {
    let id: UUID
    let name: String
    let code: String
    let isPemerintahDaerah: Bool
    let requiresSecondFactor: Bool

    init(_ model: Instansi) {
        id = model.id!
        name = model.name
        code = model.code
        isPemerintahDaerah = model.isPemerintahDaerah
        requiresSecondFactor = model.requiresSecondFactor
    }
}

/// What a client sends to create or change a unit. On change, absent fields stay as they are.
package struct UnitInput: Content, Sendable {
    var instansiID: UUID?
    var parentID: UUID?
    var name: String?
    var code: String?
    var address: String?
    var headName: String?
    var headNIP: String?
    /// A `UnitServiceType` raw value; empty clears it.
    var serviceType: String?

    package init(
        instansiID: UUID? = nil, parentID: UUID? = nil, name: String? = nil, code: String? = nil, address: String? = nil,
        headName: String? = nil, headNIP: String? = nil, serviceType: String? = nil
    ) {
        self.instansiID = instansiID
        self.parentID = parentID
        self.name = name
        self.code = code
        self.address = address
        self.headName = headName
        self.headNIP = headNIP
        self.serviceType = serviceType
    }
}

/// A unit as the API shows it.
struct UnitDTO: Content, Sendable, Equatable {
    let id: UUID
    let instansiID: UUID
    let parentID: UUID?
    let name: String
    let code: String
    let address: String?
    let headName: String?
    let headNIP: String?
    let serviceType: String?
    let depth: Int

    init(_ model: WorkUnit) {
        id = model.id!
        instansiID = model.$instansi.id
        parentID = model.$parent.id
        name = model.name
        code = model.code
        address = model.address
        headName = model.headName
        headNIP = model.headNIP
        serviceType = model.serviceType
        depth = model.depth
    }
}

/// What a client sends to set a unit's ZI programme for a year.
struct ProgrammeInput: Content, Sendable {
    var target: String?
    var pencananganDate: String?
    var status: String?
}

/// A unit's programme of one year as the API shows it.
struct ProgrammeDTO: Content, Sendable {
    let year: Int
    let target: TargetPredicate
    let pencananganDate: String?
    let status: ProgrammeStatus

    init(_ model: UnitProgramme) {
        year = model.year
        target = model.target
        pencananganDate = model.pencananganDate
        status = model.status
    }
}
