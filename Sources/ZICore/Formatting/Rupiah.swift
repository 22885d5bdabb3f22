/// Amounts of money in Rupiah as Indonesian documents write them: `Rp1.500.000`.
public enum Rupiah {
    /// `amount` (whole Rupiah) with the `Rp` sign and dots between thousands: `Rp200.000`;
    /// a negative amount reads `-Rp5.000`.
    public static func text(_ amount: Int) -> String {
        (amount < 0 ? "-" : "") + "Rp" + GroupedNumber.text(Int(amount.magnitude))
    }
}
