package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The maximum criminal penalty (法定刑の上限) for an act, as the seed prints it: imprisonment
 * (拘禁刑) of up to some months, a fine (罰金) of up to some yen, or a petty fine (科料). Read
 * once from {@code penalties.csv}, each row with the seed section it comes from. Immutable and
 * thread-safe.
 */
public final class MaximumPenalty {
    private static final Map<String, MaximumPenalty> PENALTIES = BundledCsv.read(MaximumPenalty.class, "penalties.csv")
            .toMap(r -> r.get("key"), MaximumPenalty::new);

    private final String key;
    private final int imprisonmentMonths;
    private final Yen fine;
    private final boolean pettyFine;
    private final LegalBasis basis;
    private final Message description;

    private MaximumPenalty(BundledCsv.Row r) {
        this.key = r.get("key");
        this.imprisonmentMonths = Integer.parseInt(r.get("imprisonment_months"));
        this.fine = Yen.of(Long.parseLong(r.get("fine_yen")));
        this.pettyFine = Boolean.parseBoolean(r.get("petty_fine"));
        LegalBasis b = LegalBasis.document(r.get("source"), r.get("section"), Confidence.valueOf(r.get("confidence")));
        this.basis = r.get("note").isBlank() ? b : b.withNote(r.get("note"));
        this.description = describe(imprisonmentMonths, fine, pettyFine);
    }

    /**
     * The penalty the seed prints for a violation id or a fact ({@code ALCOHOL_OVER_LIMIT},
     * {@code ALCOHOL_DRUNK}, {@code MOBILE_PHONE_DANGER}, {@code COURSE_NOT_ATTENDED}).
     *
     * @param key the id or fact
     * @return the penalty, or none when the seed does not print one
     */
    public static Option<MaximumPenalty> forKey(String key) {
        return PENALTIES.get(key);
    }

    /** {@return the violation id or fact the penalty belongs to} */
    public String key() {
        return key;
    }

    /** {@return the longest imprisonment in months; 0 when the penalty has none} */
    public int imprisonmentMonths() {
        return imprisonmentMonths;
    }

    /** {@return the largest fine} */
    public Yen fine() {
        return fine;
    }

    /** {@return whether a petty fine (科料) is an alternative} */
    public boolean pettyFine() {
        return pettyFine;
    }

    /** {@return where the penalty is printed, with its confidence} */
    public LegalBasis basis() {
        return basis;
    }

    /** {@return the penalty as the seed words it, e.g. 3ヵ月以下の拘禁刑または5万円以下の罰金} */
    public Message describe() {
        return description;
    }

    // The words are the bundle's (bicycle.maximum-penalty); the amount reads as its label, in
    // 万円 in Japanese, because the rule book prints it so.
    private static Message describe(int imprisonmentMonths, Yen fine, boolean pettyFine) {
        MaximumFine cap = new MaximumFine(fine.amount());
        Reason words = Reason.of(BicycleRule.MAXIMUM_PENALTY);
        if (imprisonmentMonths == 0) {
            return (pettyFine ? words.variant("or-petty-fine") : words).withFigure("罰金", cap).message();
        }
        return words.variant(pettyFine ? "imprisonment-or-petty-fine" : "imprisonment")
                .withFigures("期間", period(imprisonmentMonths), "罰金", cap).message();
    }

    private static Message period(int months) {
        Reason words = Reason.of(BicycleRule.MAXIMUM_PENALTY);
        return months % 12 == 0
                ? words.variant(months == 12 ? "year" : "years").withFigure("年数", months / 12).message()
                : words.variant(months == 1 ? "month" : "months").withFigure("月数", months).message();
    }

    /**
     * The largest fine as a figure: shown by its label, {@code label.MaximumFine.<yen>}.
     *
     * @param yen the amount in yen
     */
    private record MaximumFine(long yen) {
        @Override
        public String toString() {
            return Long.toString(yen);
        }
    }

    /** {@return every penalty penalties.csv holds} */
    static io.vavr.collection.Seq<MaximumPenalty> all() {
        return PENALTIES.values().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaximumPenalty && ((MaximumPenalty) o).key.equals(key)
                && ((MaximumPenalty) o).basis.equals(basis);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
