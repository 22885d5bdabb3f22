extension RegisterLKESuggestions {
    /// A.II.6.i.b from the registered licences and services and those simplified.
    public static func services(_ facts: ServiceSimplificationFacts) -> LKERegisterSuggestion {
        let registered = RecordIDs.unique(facts.registeredIDs)
        let simplified = RecordIDs.unique(facts.simplifiedIDs, within: registered)
        return LKERegisterSuggestion(
            questionID: pelayananDipermudah,
            answer: .inputs(["layananTerdata": Double(registered.count), "layananDipermudah": Double(simplified.count)]),
            basis: registered.isEmpty
                ? "Belum ada perijinan/pelayanan yang terdata."
                : "\(simplified.count) dari \(registered.count) jenis perijinan/pelayanan yang terdata telah dipermudah "
                    + "(\(percent(simplified.count, of: registered.count))).",
            sources: [
                RegisterReference(register: .layanan, input: "layananTerdata", recordIDs: registered),
                RegisterReference(register: .layanan, input: "layananDipermudah", recordIDs: simplified),
            ])
    }
}
