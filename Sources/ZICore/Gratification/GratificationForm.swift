/// The form a gift takes, as the gratification report records it.
public enum GratificationForm: String, Sendable, Codable, CaseIterable {
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

    /// The Indonesian name shown in forms and reports.
    public var label: String {
        switch self {
        case .uang: "Uang"
        case .setaraUang: "Setara uang (voucher, cek, saldo elektronik)"
        case .barang: "Barang"
        case .makananMinuman: "Makanan/minuman"
        case .fasilitas: "Fasilitas (perjalanan, penginapan, hiburan)"
        case .lainnya: "Lainnya"
        }
    }

    /// Whether the gift is money or another means of exchange ("uang atau alat tukar lainnya").
    public var isMoneyOrEquivalent: Bool { self == .uang || self == .setaraUang }
}
