/// The form a gift takes, as the gratification report records it.
public enum GratificationForm: String, Sendable, Codable, CaseIterable, Labelled {
    /// Cash or a transfer.
    case uang
    /// A means of exchange other than cash: vouchers, cheques, gift cards, electronic balance.
    case setaraUang
    /// Goods.
    case barang
    /// Food and drink.
    case makananMinuman
    /// Facilities: travel, lodging, entertainment, use of a vehicle.
    case fasilitas
    /// Anything else (discounts, loans, services).
    case lainnya

    public static let labelGroup = "gratification_form"

    /// Whether the gift is money or another means of exchange ("uang atau alat tukar lainnya").
    public var isMoneyOrEquivalent: Bool { self == .uang || self == .setaraUang }
}
