/// Decides whether a gift must be reported to the UPG or falls under a category of gifts that
/// need not be reported (Peraturan KPK 2/2019 Pasal 2 ayat (3) and the periods after it, as data).
///
/// In this order:
/// 1. a refused gift is always reported (the refusal is recorded, whatever the gift);
/// 2. with no rule period covering the date, or no category named, the gift is reported;
/// 3. otherwise the category's limits are checked — giver relation, money excluded, no conflict
///    of interest, value per gift, value from the same giver in the year (both limits inclusive:
///    "paling banyak") — and every limit broken is a reason to report;
/// 4. a gift that meets every limit is exempt, on the conditions the category lists.
///
/// When the period awaits verification by the UPG, every decision under it says so. The reasons
/// are Indonesian sentences; `names` gives the names of the giver relations and gift forms in them.
public enum GratificationExemption {
    /// The decision for `gift` under the period of `rules` covering its date.
    public static func decide(_ gift: GiftDescription, rules: GratificationRuleBook, names: LabelNames) -> GratificationDecision {
        guard gift.kind == .diterima else {
            return report(["Penolakan gratifikasi tetap dilaporkan kepada UPG agar tercatat, berapa pun nilainya."])
        }
        guard let period = rules.period(on: gift.date) else {
            return report([
                "Tidak ada aturan pengecualian yang berlaku pada \(IndonesianDate.format(gift.date)); laporkan gratifikasi ini kepada UPG."
            ])
        }
        let verification =
            period.needsVerification
            ? ["Aturan periode \(period.id) perlu diverifikasi oleh UPG" + (period.note.map { ": \($0)" } ?? ".")]
            : []
        guard let categoryID = gift.categoryID else {
            return report(
                ["Pemberian ini tidak termasuk kategori gratifikasi yang tidak wajib dilaporkan; laporkan kepada UPG."] + verification,
                period: period)
        }
        guard let category = period.category(id: categoryID) else {
            return report(
                [
                    "Kategori “\(categoryID)” tidak ada dalam aturan periode \(period.id); pilih kategori yang sesuai atau laporkan kepada UPG."
                ]
                    + verification, period: period)
        }
        let broken = brokenLimits(gift, category, names)
        guard broken.isEmpty else {
            return report(
                broken + ["Karena itu pemberian ini wajib dilaporkan kepada UPG."] + verification, period: period, category: category)
        }
        return GratificationDecision(
            mustReport: false, reasons: [exemption(gift, category, period)] + verification,
            periodID: period.id, categoryID: category.id, needsVerification: period.needsVerification)
    }

    private static func report(
        _ reasons: [String], period: GratificationRulePeriod? = nil, category: GratificationCategory? = nil
    ) -> GratificationDecision {
        GratificationDecision(
            mustReport: true, reasons: reasons, periodID: period?.id, categoryID: category?.id,
            needsVerification: period?.needsVerification ?? false)
    }

    /// A sentence for every limit of `category` that `gift` breaks.
    private static func brokenLimits(_ gift: GiftDescription, _ category: GratificationCategory, _ names: LabelNames) -> [String] {
        var broken: [String] = []
        if let relations = category.relations, !relations.contains(gift.relation) {
            broken.append(
                "Kategori “\(category.label)” hanya berlaku untuk pemberian dari "
                    + relations.map { names($0).lowercased() }.joined(separator: " atau ")
                    + "; pemberi tercatat sebagai \(names(gift.relation).lowercased()).")
        }
        if category.excludesMoney, gift.form.isMoneyOrEquivalent {
            broken.append(
                "Kategori “\(category.label)” tidak berlaku untuk pemberian berupa uang atau alat tukar lainnya (tercatat: \(names(gift.form).lowercased()))."
            )
        }
        if category.requiresNoConflictOfInterest, gift.conflictOfInterest || gift.relation.impliesConflictOfInterest {
            broken.append(
                "Kategori “\(category.label)” hanya berlaku bila tidak ada konflik kepentingan, sedangkan pemberi memiliki kepentingan dengan jabatan penerima."
            )
        }
        if let limit = category.maxValuePerGift, gift.value > limit {
            broken.append("Nilai \(Rupiah.text(gift.value)) melebihi batas \(Rupiah.text(limit)) per pemberian.")
        }
        if let limit = category.maxValuePerGiverPerYear, gift.earlierValueFromGiverThisYear + gift.value > limit {
            let total = gift.earlierValueFromGiverThisYear + gift.value
            broken.append(
                "Bersama pemberian sebelumnya dari pemberi yang sama tahun ini (\(Rupiah.text(gift.earlierValueFromGiverThisYear))), "
                    + "jumlahnya \(Rupiah.text(total)) melebihi batas \(Rupiah.text(limit)) per tahun.")
        }
        return broken
    }

    /// The sentence that exempts `gift`: the rule, the limits it keeps to and the conditions left.
    private static func exemption(_ gift: GiftDescription, _ category: GratificationCategory, _ period: GratificationRulePeriod) -> String {
        var sentence = "Tidak wajib dilaporkan: \(category.label) (\(category.clause), \(period.source))"
        let limits = [
            category.maxValuePerGift.map { "batas \(Rupiah.text($0)) per pemberian" },
            category.maxValuePerGiverPerYear.map { "batas \(Rupiah.text($0)) per pemberi per tahun" },
        ].compactMap { $0 }
        if !limits.isEmpty {
            sentence += "; nilai \(Rupiah.text(gift.value)) tidak melebihi " + limits.joined(separator: " dan ")
        }
        if !category.conditions.isEmpty {
            sentence += ", dengan syarat " + category.conditions.joined(separator: "; ")
        }
        return sentence + "."
    }
}
