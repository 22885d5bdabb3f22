/// How many respondents an SKM needs: the table of Krejcie and Morgan (1970), "Determining
/// Sample Size for Research Activities", which PermenPANRB 14/2017 cites for the sample size
/// (95 % confidence, 5 % margin of error).
public enum SKMSample {
    /// The table: population (N) → sample (S), by increasing population.
    public static let krejcieMorgan: [(population: Int, sample: Int)] = [
        (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44),
        (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76),
        (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118),
        (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144), (240, 148),
        (250, 152), (260, 155), (270, 159), (280, 162), (290, 165), (300, 169), (320, 175),
        (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205), (460, 210),
        (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248), (750, 254),
        (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291),
        (1300, 297), (1400, 302), (1500, 306), (1600, 310), (1700, 313), (1800, 317), (1900, 320),
        (2000, 322), (2200, 327), (2400, 331), (2600, 335), (2800, 338), (3000, 341), (3500, 346),
        (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364), (8000, 367), (9000, 368),
        (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
        (75000, 382), (1_000_000, 384),
    ]

    /// The fewest respondents for a population of `population` service users:
    /// - below the table's first row (10), everyone (0 for a population of 0 or less);
    /// - on a row, that row's sample; between two rows, the larger row's (conservative:
    ///   105 users need 86, the sample of 110);
    /// - above the last row, its sample, 384.
    public static func minimumRespondents(population: Int) -> Int {
        guard population >= krejcieMorgan[0].population else { return max(population, 0) }
        let row = krejcieMorgan.first { $0.population >= population } ?? krejcieMorgan.last!
        return row.sample
    }

    /// Whether `respondents` are enough for a population of `population`.
    public static func isSufficient(respondents: Int, population: Int) -> Bool {
        respondents >= minimumRespondents(population: population)
    }
}
